/**
 * Open data: the whole Casebook as JSON (cases with resolved entities), a flat CSV
 * (one row per case), the entities, and a JSON Schema generated from the very zod
 * schemas that validate content/, so the published data and the contract cannot drift.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Casebook, CaseRecord } from '../model/casebook.ts';
import { entitiesNamedBy } from '../model/mentions.ts';
import { caseSchema } from '../content/schema/case.ts';
import { dataCategorySchema, firmSchema, lawSchema, personSchema, regulatorSchema } from '../content/schema/entities.ts';
import { SITE_NAME, CONTENT_LICENSE } from './page-meta.ts';

export const DATA_VERSION = 1;

/**
 * One case: its data exactly as the content schema defines it (so it validates against
 * schema.json), and every entity it refers to, resolved, under `entities`.
 */
export function caseRecordJson(book: Casebook, record: CaseRecord, caseUrl: string) {
  const { data } = record;
  const named = entitiesNamedBy(book, record);
  const pick = <T>(map: Map<string, T>, ids: (string | undefined)[]) =>
    Object.fromEntries([...new Set(ids.filter((id): id is string => id !== undefined))].sort().map((id) => [id, map.get(id)!]));
  return {
    id: record.id,
    url: caseUrl,
    data,
    // Every entity the case names in any field (model/mentions.ts), and the parents of its firms.
    entities: {
      firms: pick(book.firms, named.firms),
      regulators: pick(book.regulators, named.regulators),
      people: pick(book.people, named.people),
      laws: pick(book.laws, named.laws),
      data_categories: pick(book.dataCategories, data.flows.flatMap((f) => f.data)),
    },
  };
}

export function casesJson(book: Casebook, caseUrl: (id: string) => string) {
  return {
    name: SITE_NAME,
    version: DATA_VERSION,
    license: CONTENT_LICENSE,
    cases: book.cases.map((record) => caseRecordJson(book, record, caseUrl(record.id))),
  };
}

export function entitiesJson(book: Casebook) {
  // Keyed by id, sorted, each value exactly as the content schema defines it.
  const list = <T>(map: Map<string, T>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b, 'en')));
  return {
    name: SITE_NAME,
    version: DATA_VERSION,
    license: CONTENT_LICENSE,
    firms: list(book.firms),
    regulators: list(book.regulators),
    people: list(book.people),
    laws: list(book.laws),
    data_categories: list(book.dataCategories),
  };
}

export const CSV_COLUMNS = [
  'id', 'url', 'title', 'status', 'reported', 'updated', 'from', 'to', 'exporters', 'importers', 'data_categories',
  'records', 'people', 'parties', 'regulators', 'penalties', 'penalty_totals', 'laws', 'sources', 'summary',
] as const;

/**
 * One row per case. Lists are joined with "; "; flows give their jurisdictions and the
 * records/people summed over flows; penalties read "authority: kind amount currency (date)".
 */
export function casesCsv(book: Casebook, caseUrl: (id: string) => string): string {
  const join = (items: (string | undefined)[]) => [...new Set(items.filter((x): x is string => Boolean(x)))].join('; ');
  const rows = book.cases.map(({ id, data }) => {
    const penalties = data.penalties ?? [];
    const totals = new Map<string, number>();
    for (const p of penalties) if (p.amount !== undefined && p.currency) totals.set(p.currency, (totals.get(p.currency) ?? 0) + p.amount);
    const sum = (key: 'records' | 'people') => data.flows.some((f) => f[key] !== undefined) ? String(data.flows.reduce((s, f) => s + (f[key] ?? 0), 0)) : '';
    return {
      id,
      url: caseUrl(id),
      title: data.title,
      status: data.status,
      reported: data.reported,
      updated: data.updated,
      from: join(data.flows.map((f) => f.from)),
      to: join(data.flows.map((f) => f.to)),
      exporters: join(data.flows.map((f) => f.exporter)),
      importers: join(data.flows.map((f) => f.importer)),
      data_categories: join(data.flows.flatMap((f) => f.data)),
      records: sum('records'),
      people: sum('people'),
      parties: join(data.parties.map((p) => `${p.firm} (${p.role})`)),
      regulators: join((data.regulators ?? []).map((r) => `${r.regulator} (${r.role})`)),
      penalties: join(penalties.map((p) => `${p.authority}: ${p.kind}${p.amount !== undefined ? ` ${p.amount} ${p.currency}` : ''} on ${p.target ?? p.person} (${p.date})`)),
      penalty_totals: join([...totals].map(([currency, amount]) => `${amount} ${currency}`)),
      laws: join((data.provisions ?? []).map((p) => (p.article ? `${p.law} art. ${p.article}` : p.law))),
      sources: String(data.sources.length),
      summary: data.summary,
    };
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\n' });
}

/** JSON Schemas of the content files and of the published data, generated from the zod schemas. */
export function contentJsonSchema() {
  const toSchema = (schema: z.ZodType) => {
    const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    return rest;
  };
  const mapOf = (ref: string) => ({ type: 'object', additionalProperties: { $ref: ref } });
  const text = { type: 'string' };
  const partialDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'schema.json',
    title: `${SITE_NAME} data`,
    description:
      'Content files (case frontmatter, entity files) and the published data (data/cases.json, data/entities.json, data/cases.csv rows). ' +
      'Cross-references and cross-field rules are enforced by the build (`npm run validate`).',
    $defs: {
      case: toSchema(caseSchema),
      firm: toSchema(firmSchema),
      regulator: toSchema(regulatorSchema),
      person: toSchema(personSchema),
      law: toSchema(lawSchema),
      dataCategory: toSchema(dataCategorySchema),
      dataCategories: mapOf('#/$defs/dataCategory'),
      casesFile: {
        type: 'object',
        required: ['name', 'version', 'license', 'cases'],
        properties: {
          name: text,
          version: { type: 'integer' },
          license: text,
          cases: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'url', 'data', 'entities'],
              additionalProperties: false,
              properties: {
                id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
                url: { type: 'string', pattern: '^https?://' },
                data: { $ref: '#/$defs/case' },
                entities: {
                  type: 'object',
                  additionalProperties: false,
                  properties: {
                    firms: mapOf('#/$defs/firm'),
                    regulators: mapOf('#/$defs/regulator'),
                    people: mapOf('#/$defs/person'),
                    laws: mapOf('#/$defs/law'),
                    data_categories: mapOf('#/$defs/dataCategory'),
                  },
                },
              },
            },
          },
        },
      },
      entitiesFile: {
        type: 'object',
        required: ['name', 'version', 'license', 'firms', 'regulators', 'people', 'laws', 'data_categories'],
        properties: {
          name: text,
          version: { type: 'integer' },
          license: text,
          firms: mapOf('#/$defs/firm'),
          regulators: mapOf('#/$defs/regulator'),
          people: mapOf('#/$defs/person'),
          laws: mapOf('#/$defs/law'),
          data_categories: mapOf('#/$defs/dataCategory'),
        },
      },
      casesCsvRow: {
        type: 'object',
        additionalProperties: false,
        required: [...CSV_COLUMNS],
        properties: {
          ...Object.fromEntries(CSV_COLUMNS.map((column) => [column, text])),
          id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          status: { enum: [...caseSchema.shape.status.options] },
          reported: partialDate,
          updated: partialDate,
          records: { type: 'string', pattern: '^(\\d+)?$' },
          people: { type: 'string', pattern: '^(\\d+)?$' },
          sources: { type: 'string', pattern: '^\\d+$' },
        },
      },
    },
  };
}
