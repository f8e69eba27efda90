/**
 * Open data: the whole Casebook as JSON (cases with resolved entities and where their penalties
 * stand), the same case by case (/data/cases/<id>.json), flat CSV tables (tables.ts), the
 * entities, and a JSON Schema generated from the very zod schemas that validate content/, so the
 * published data and the contract cannot drift.
 */
import { z } from 'zod';
import type { Casebook, CaseRecord } from '../model/casebook.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { entitiesNamedBy, jurisdictionsOf } from '../model/mentions.ts';
import { caseFines, currentStanding, isFine, latestStep, standingAmount } from '../model/penalties.ts';
import { caseSchema, COURT_LEVELS, STANDINGS } from '../content/schema/case.ts';
import { dataCategorySchema, firmSchema, lawSchema, personSchema, regulatorSchema } from '../content/schema/entities.ts';
import { SITE_NAME, CONTENT_LICENSE } from './page-meta.ts';
import { CASE_FIELDS, caseTableRows, csvRowSchema, FLOW_FIELDS, PENALTY_FIELDS, tableCsv } from './tables.ts';

export const DATA_VERSION = 1;

/**
 * Where each of a case's penalties stands now (its newest standing step; `imposed` when none is
 * recorded), in the order of `data.penalties`, and its fines per currency as imposed and as they
 * stand: derived from `data`, so a reader need not replay the steps.
 */
export function caseStandingJson(record: CaseRecord) {
  const fines = caseFines(record);
  return {
    penalties: (record.data.penalties ?? []).map((penalty, index) => {
      const step = latestStep(penalty);
      return {
        index,
        standing: currentStanding(penalty),
        ...(step && { date: step.date, source: step.source }),
        ...(step?.by && { by: step.by }),
        ...(step?.level && { level: step.level }),
        ...(isFine(penalty) && { amount: standingAmount(penalty).amount }),
      };
    }),
    fines: { count: fines.count, imposed: fines.imposed, standing: fines.standing },
  };
}

/**
 * One case: its data exactly as the content schema defines it (so it validates against
 * schema.json), its version date, where its penalties stand, and every entity and jurisdiction
 * it refers to, resolved, under `entities`.
 */
export function caseRecordJson(book: Casebook, record: CaseRecord, caseUrl: string) {
  const { data } = record;
  const named = entitiesNamedBy(book, record);
  const pick = <T>(map: Map<string, T>, ids: (string | undefined)[]) =>
    Object.fromEntries([...new Set(ids.filter((id): id is string => id !== undefined))].sort().map((id) => [id, map.get(id)!]));
  return {
    id: record.id,
    url: caseUrl,
    /** The date a citation of the page names as its version: the case's last substantive change. */
    version_date: data.updated,
    data,
    standing: caseStandingJson(record),
    // Every entity the case names in any field (model/mentions.ts), and the parents of its firms.
    entities: {
      firms: pick(book.firms, named.firms),
      regulators: pick(book.regulators, named.regulators),
      people: pick(book.people, named.people),
      laws: pick(book.laws, named.laws),
      data_categories: pick(book.dataCategories, data.flows.flatMap((f) => f.data)),
      // English names of the jurisdictions its flows and authorities touch ("KR" → "South Korea").
      jurisdictions: Object.fromEntries(jurisdictionsOf(book, record).sort().map((code) => [code, { name: jurisdictionName(code) }])),
    },
  };
}
export type CaseRecordJson = ReturnType<typeof caseRecordJson>;

/**
 * /data/cases/<id>.json: one case exactly as it appears in cases.json (its record, caseRecordJson,
 * made once for both files), with the file's name, format version and licence.
 */
export function caseDataFile(record: CaseRecordJson) {
  return { name: SITE_NAME, version: DATA_VERSION, license: CONTENT_LICENSE, case: record };
}
export type CaseFileJson = ReturnType<typeof caseDataFile>;

export function casesJson(book: Casebook, caseUrl: (id: string) => string) {
  return {
    name: SITE_NAME,
    version: DATA_VERSION,
    license: CONTENT_LICENSE,
    cases: book.cases.map((record) => caseRecordJson(book, record, caseUrl(record.id))),
  };
}

/**
 * cases.json written a case at a time: the same bytes as `JSON.stringify(casesJson(…), null, 2)`,
 * without the whole file as one string. At 10,000 cases that string is 159 MB, and making it as an
 * endpoint took 7.5 s and 1.4 GB more memory at the build's peak; written here, each case's record
 * is the one its own data file (/data/cases/<id>.json) is made from. `write` gets the text in
 * order; `add` takes the cases in the Casebook's order.
 */
export function casesJsonWriter(write: (text: string) => void) {
  // The file's opening, up to the cases array: the header fields as JSON.stringify lays them out.
  const header = JSON.stringify({ name: SITE_NAME, version: DATA_VERSION, license: CONTENT_LICENSE }, null, 2);
  write(`${header.slice(0, -'\n}'.length)},\n  "cases": [`);
  let count = 0;
  return {
    /** One case's record (caseRecordJson), indented as an item of the cases array. */
    add(record: CaseRecordJson) {
      // JSON.stringify escapes \n inside strings, so every \n is layout. (Not /^/gm: a regex line
      // start also follows U+2028 and U+2029, which JSON leaves as they are inside strings.)
      write(`${count++ === 0 ? '' : ','}\n    ${JSON.stringify(record, null, 2).split('\n').join('\n    ')}`);
    },
    end() {
      write(count === 0 ? ']\n}' : '\n  ]\n}');
    },
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

export const CSV_COLUMNS = CASE_FIELDS.map((f) => f.name);

/**
 * One row per case. Lists are joined with "; "; flows give their jurisdictions and the
 * records/people summed over flows; penalties read "authority: kind amount currency (date)".
 */
export function casesCsv(book: Casebook, caseUrl: (id: string) => string): string {
  return tableCsv(CASE_FIELDS, caseTableRows(book, caseUrl));
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
  const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };
  const moneyList = {
    type: 'array',
    description: 'Per currency, in code order; amounts in different currencies are never added or converted.',
    items: { type: 'object', required: ['currency', 'amount'], additionalProperties: false, properties: { currency: { type: 'string', pattern: '^[A-Z]{3}$' }, amount: { type: 'integer', minimum: 0 } } },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'schema.json',
    title: `${SITE_NAME} data`,
    description:
      'Content files (case frontmatter, entity files) and the published data (data/cases.json, data/cases/<id>.json, data/entities.json, and the rows of data/cases.csv, data/penalties.csv and data/flows.csv). ' +
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
          cases: { type: 'array', items: { $ref: '#/$defs/caseRecord' } },
        },
      },
      caseFile: {
        description: 'data/cases/<id>.json: one case, exactly as in data/cases.json.',
        type: 'object',
        required: ['name', 'version', 'license', 'case'],
        additionalProperties: false,
        properties: { name: text, version: { type: 'integer' }, license: text, case: { $ref: '#/$defs/caseRecord' } },
      },
      caseRecord: {
        type: 'object',
        required: ['id', 'url', 'version_date', 'data', 'standing', 'entities'],
        additionalProperties: false,
        properties: {
          id,
          url: { type: 'string', pattern: '^https?://' },
          version_date: { ...partialDate, description: 'The version a citation names: the case\'s last substantive change (data.updated).' },
          data: { $ref: '#/$defs/case' },
          standing: {
            description: 'Derived from data.penalties: where each penalty stands now (its newest standing step) and the fines per currency, as imposed and as they stand.',
            type: 'object',
            required: ['penalties', 'fines'],
            additionalProperties: false,
            properties: {
              penalties: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['index', 'standing'],
                  additionalProperties: false,
                  properties: {
                    index: { type: 'integer', minimum: 0, description: 'Position of the penalty in data.penalties, from 0.' },
                    standing: { enum: [...STANDINGS], description: 'Where it stands now; imposed when no step is recorded.' },
                    date: { ...partialDate, description: 'Date of the newest step.' },
                    source: { ...id, description: 'Source id of the newest step (in data.sources).' },
                    by: { ...id, description: 'Regulator id of the court or authority that decided the newest step.' },
                    level: { enum: [...COURT_LEVELS] },
                    amount: { type: 'integer', minimum: 0, description: 'For a fine: the amount that stands now (0 once annulled or withdrawn, the new amount once reduced).' },
                  },
                },
              },
              fines: {
                type: 'object',
                required: ['count', 'imposed', 'standing'],
                additionalProperties: false,
                properties: { count: { type: 'integer', minimum: 0 }, imposed: moneyList, standing: moneyList },
              },
            },
          },
          entities: {
            type: 'object',
            additionalProperties: false,
            properties: {
              firms: mapOf('#/$defs/firm'),
              regulators: mapOf('#/$defs/regulator'),
              people: mapOf('#/$defs/person'),
              laws: mapOf('#/$defs/law'),
              data_categories: mapOf('#/$defs/dataCategory'),
              jurisdictions: { type: 'object', additionalProperties: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: text } } },
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
      casesCsvRow: csvRowSchema(CASE_FIELDS),
      penaltiesCsvRow: csvRowSchema(PENALTY_FIELDS),
      flowsCsvRow: csvRowSchema(FLOW_FIELDS),
    },
  };
}
