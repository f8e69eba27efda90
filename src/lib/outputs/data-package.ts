/**
 * /data/datapackage.json: a Frictionless Tabular Data Package describing the three CSV tables
 * (cases, penalties, flows) with their Table Schemas, keys, licence and sources, so tools such
 * as frictionless, datapackage-r or Open Data Editor read the tables typed and joined.
 */
import { CASE_FIELDS, FLOW_FIELDS, PENALTY_FIELDS, type TableField } from './tables.ts';
import { CONTENT_LICENSE, SITE_NAME } from './page-meta.ts';
import { DATA_VERSION } from './open-data.ts';

/** The tables, by the file each is published as (beside datapackage.json in /data/). */
export const DATA_TABLES = {
  cases: { path: 'cases.csv', fields: CASE_FIELDS },
  penalties: { path: 'penalties.csv', fields: PENALTY_FIELDS },
  flows: { path: 'flows.csv', fields: FLOW_FIELDS },
} as const;

const byCase = { fields: 'case', reference: { resource: 'cases', fields: 'id' } };

function resource(name: keyof typeof DATA_TABLES, title: string, description: string, keys: { primaryKey: string | string[]; foreignKeys?: object[] }) {
  const { path, fields } = DATA_TABLES[name];
  return {
    profile: 'tabular-data-resource',
    name,
    path,
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: fields.map((field: TableField) => ({ ...field })),
      // An empty cell is a missing value (an unknown exporter, a penalty without an amount).
      missingValues: [''],
      ...keys,
    },
  };
}

/** The descriptor; `links` are absolute addresses of the site and of cases.json (the tables' own sources). */
export function dataPackageJson(links: { home: string; casesJson: string }) {
  return {
    profile: 'tabular-data-package',
    name: 'cross-border-data-casebook',
    title: SITE_NAME,
    description:
      'Incidents in which personal data crossed a border unlawfully or controversially, and what regulators and courts did about them: ' +
      'one row per case, per penalty (with where it stands now: under appeal, upheld, annulled…) and per data flow. ' +
      'Amounts stay in the currency they were imposed in and are never converted. Each case cites its own sources (in cases.json).',
    homepage: links.home,
    version: `${DATA_VERSION}.0.0`,
    keywords: ['personal data', 'data protection', 'cross-border data transfers', 'privacy enforcement', 'fines'],
    licenses: [{ name: 'CC-BY-4.0', path: CONTENT_LICENSE, title: 'Creative Commons Attribution 4.0 International' }],
    sources: [
      { title: `${SITE_NAME}: the case files, each with its sources (regulators' decisions, court rulings, company statements, news reports)`, path: links.casesJson },
    ],
    resources: [
      resource('cases', 'Cases', 'One row per case.', { primaryKey: 'id' }),
      resource('penalties', 'Penalties', 'One row per penalty of each case, with where it stands now.', { primaryKey: ['case', 'number'], foreignKeys: [byCase] }),
      resource('flows', 'Data flows', 'One row per data flow of each case: who sent what, from where, to where.', { primaryKey: ['case', 'number'], foreignKeys: [byCase] }),
    ],
  };
}
