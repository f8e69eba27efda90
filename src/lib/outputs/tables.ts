/**
 * The open data as tables: one row per case (cases.csv), per penalty (penalties.csv) and per
 * flow (flows.csv). Each table is a list of typed fields, the same list that writes the CSV
 * header and the Table Schema of /data/datapackage.json, so the two cannot disagree.
 */
import { stringify } from 'csv-stringify/sync';
import { CASE_STATUSES, COURT_LEVELS, ESTABLISHED_HOW, PENALTY_KINDS, STANDINGS, type Penalty } from '../content/schema/case.ts';
import type { Casebook, CaseRecord } from '../model/casebook.ts';
import { caseFines, currentStanding, fineStandings, latestStep, standingAmount } from '../model/penalties.ts';
import type { MoneyTotal } from '../model/numbers.ts';

/** A Table Schema field (https://specs.frictionlessdata.io/table-schema/), as the data package publishes it. */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'boolean';
  format?: 'uri';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: readonly string[]; minimum?: number };
}

export type TableRow = Record<string, string>;

/** Partial dates stay strings: a Table Schema `date` is a day, and "2018-04" is a month, not its first day. */
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const dateNote = (what: string) =>
  `${what}, at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. A string with that pattern, not a Table Schema date, because 2018-04 means the month, not its first day.`;
// Anchored, without (?:…), so both JavaScript (unanchored match) and Python (anchored) readers agree.
const ID = '^[a-z0-9]+(-[a-z0-9]+)*$';
const JURISDICTION = '^([A-Z]{2}|EEA)$';
const CURRENCY = '^[A-Z]{3}$';
const list = 'several joined with "; "';

const id = (name: string, description: string, required = false): TableField => ({ name, type: 'string', description, constraints: { ...(required ? { required } : {}), pattern: ID } });
const date = (name: string, what: string): TableField => ({ name, type: 'string', description: dateNote(what), constraints: { pattern: PARTIAL_DATE } });
const count = (name: string, description: string): TableField => ({ name, type: 'integer', description, constraints: { minimum: 0 } });
const text = (name: string, description: string): TableField => ({ name, type: 'string', description });
const oneOf = (name: string, description: string, values: readonly string[], required = false): TableField => ({
  name, type: 'string', description, constraints: { ...(required ? { required } : {}), enum: values },
});

export const CASE_FIELDS: readonly TableField[] = [
  { ...id('id', 'The case id, also its permanent address /cases/<id>/.', true), constraints: { required: true, unique: true, pattern: ID } },
  { name: 'url', type: 'string', format: 'uri', description: 'The case page.', constraints: { required: true } },
  text('title', 'The case title.'),
  oneOf('status', 'Where the case stands: reported, investigating (under investigation), sanctioned, appealed (under appeal) or resolved.', CASE_STATUSES, true),
  date('reported', 'First public report'),
  date('updated', 'Last substantive change to the case page: its version date'),
  text('from', `Jurisdictions the data was sent from (ISO 3166-1 alpha-2, or EU / EEA), ${list}.`),
  text('to', `Jurisdictions the data was sent to, ${list}.`),
  text('exporters', `Ids of the firms that sent the data, ${list}.`),
  text('importers', `Ids of the firms that received it, ${list}.`),
  text('data_categories', `Ids of the data categories transferred, ${list}.`),
  count('records', 'Records reported transferred, summed over the flows that give a count; empty when none does.'),
  count('people', 'People whose data was reported transferred, summed over the flows that give a count; empty when none does.'),
  text('parties', `Parties as "firm id (role)", ${list}.`),
  text('regulators', `Regulators and courts as "regulator id (role)", ${list}.`),
  text('penalties', `Penalties as "authority: kind amount currency on target (date)", ${list}; one row each in penalties.csv.`),
  text('penalty_totals', `Fines as imposed, summed per currency ("amount currency", ${list}); the same as fines_imposed, kept for existing users.`),
  text('laws', `Provisions cited, as "law id art. article" or the law id, ${list}.`),
  { ...count('sources', 'How many sources the case cites.'), constraints: { required: true, minimum: 0 } },
  text('summary', 'The case summary, plain text.'),
  text('fines_imposed', `Fines as imposed, summed per currency ("amount currency", ${list}). Amounts in different currencies are never added or converted.`),
  text('fines_standing', `Fines as they stand now, per currency: annulled and withdrawn ones left out, reduced ones at their new amount (${list}).`),
  text('fine_standings', `Where the case's fines stand now, each standing once (${STANDINGS.join(', ')}), ${list}.`),
];

export const PENALTY_FIELDS: readonly TableField[] = [
  id('case', 'The case id (cases.csv).', true),
  { ...count('number', 'The penalty\'s position in the case file\'s list, from 1.'), constraints: { required: true, minimum: 1 } },
  id('authority', 'Id of the regulator or court that imposed it.', true),
  id('target', 'Id of the firm it was imposed on; empty for a penalty on a person only.'),
  id('person', 'Id of the person it was imposed on, if any.'),
  oneOf('kind', 'The kind of penalty in the contract\'s vocabulary.', PENALTY_KINDS, true),
  text('term', 'The authority\'s own name for the penalty, in English, with the original in brackets: "penalty surcharge (과징금)".'),
  count('amount', 'The amount as imposed, a whole number in the currency\'s main unit; empty for a penalty without one.'),
  { name: 'currency', type: 'string', description: 'ISO 4217 code of the amount.', constraints: { pattern: CURRENCY } },
  date('date', 'When it was imposed'),
  oneOf('standing', `Where it stands now: the newest step recorded, or imposed when none is (${STANDINGS.join(', ')}).`, STANDINGS, true),
  date('standing_date', 'When it came to stand so (the newest step); empty when no step is recorded'),
  id('standing_by', 'Id of the court or authority that decided the newest step, when not the penalty\'s own authority.'),
  oneOf('standing_level', `The level of that court (${COURT_LEVELS.join(', ')}).`, COURT_LEVELS),
  count('standing_amount', 'The amount that stands now: 0 once annulled or withdrawn, the new amount once reduced, otherwise as imposed; empty without an amount.'),
  id('source', 'Id of the case source for the penalty (listed in cases.json with the case).', true),
  { name: 'source_url', type: 'string', format: 'uri', description: 'Address of that source, when it has one.' },
];

export const FLOW_FIELDS: readonly TableField[] = [
  id('case', 'The case id (cases.csv).', true),
  { ...count('number', 'The flow\'s position in the case file\'s list, from 1.'), constraints: { required: true, minimum: 1 } },
  { name: 'from', type: 'string', description: 'Jurisdiction the data was sent from: ISO 3166-1 alpha-2, or EU / EEA.', constraints: { required: true, pattern: JURISDICTION } },
  { name: 'to', type: 'string', description: 'Jurisdiction the data was sent to.', constraints: { required: true, pattern: JURISDICTION } },
  id('exporter', 'Id of the firm that sent the data, if known.'),
  id('importer', 'Id of the firm that received it, if known.'),
  { name: 'categories', type: 'string', description: `Ids of the data categories transferred, ${list}.`, constraints: { required: true } },
  count('records', 'Records transferred, as reported; empty when not reported.'),
  count('people', 'People whose data was transferred, as reported; empty when not reported.'),
  date('since', 'When the transfers began'),
  date('until', 'When they ended'),
  { name: 'alleged', type: 'boolean', description: 'true where the transfer itself is alleged, not established.', constraints: { required: true } },
  oneOf('established', `How the transfer is established, by the newest statement recorded (${ESTABLISHED_HOW.join(', ')}); empty when none is.`, ESTABLISHED_HOW),
];

const joined = (items: (string | undefined)[]) => [...new Set(items.filter((x): x is string => Boolean(x)))].join('; ');
const money = (totals: MoneyTotal[]) => joined(totals.map((t) => `${t.amount} ${t.currency}`));
const num = (value: number | undefined) => (value === undefined ? '' : String(value));
const termText = (penalty: Penalty) => (penalty.term ? `${penalty.term.en}${penalty.term.original ? ` (${penalty.term.original})` : ''}` : '');

/** Records or people summed over the flows that give a count; empty when none does. */
function flowSum({ data }: CaseRecord, key: 'records' | 'people'): string {
  return data.flows.some((f) => f[key] !== undefined) ? String(data.flows.reduce((s, f) => s + (f[key] ?? 0), 0)) : '';
}

export function caseTableRows(book: Casebook, caseUrl: (id: string) => string): TableRow[] {
  return book.cases.map((record) => {
    const { id, data } = record;
    const penalties = data.penalties ?? [];
    const fines = caseFines(record);
    return {
      id,
      url: caseUrl(id),
      title: data.title,
      status: data.status,
      reported: data.reported,
      updated: data.updated,
      from: joined(data.flows.map((f) => f.from)),
      to: joined(data.flows.map((f) => f.to)),
      exporters: joined(data.flows.map((f) => f.exporter)),
      importers: joined(data.flows.map((f) => f.importer)),
      data_categories: joined(data.flows.flatMap((f) => f.data)),
      records: flowSum(record, 'records'),
      people: flowSum(record, 'people'),
      parties: joined(data.parties.map((p) => `${p.firm} (${p.role})`)),
      regulators: joined((data.regulators ?? []).map((r) => `${r.regulator} (${r.role})`)),
      // Every penalty, one entry each (not `joined`, which drops repeats): two written alike are two penalties.
      penalties: penalties.map((p) => `${p.authority}: ${p.kind}${p.amount !== undefined ? ` ${p.amount} ${p.currency}` : ''} on ${p.target ?? p.person} (${p.date})`).join('; '),
      penalty_totals: money(fines.imposed),
      laws: joined((data.provisions ?? []).map((p) => (p.article ? `${p.law} art. ${p.article}` : p.law))),
      sources: String(data.sources.length),
      summary: data.summary,
      fines_imposed: money(fines.imposed),
      fines_standing: money(fines.standing),
      fine_standings: fineStandings(record).join('; '),
    };
  });
}

export function penaltyTableRows(book: Casebook): TableRow[] {
  return book.cases.flatMap(({ id, data }) =>
    (data.penalties ?? []).map((penalty, index) => {
      const step = latestStep(penalty);
      const source = data.sources.find((s) => s.id === penalty.source);
      return {
        case: id,
        number: String(index + 1),
        authority: penalty.authority,
        target: penalty.target ?? '',
        person: penalty.person ?? '',
        kind: penalty.kind,
        term: termText(penalty),
        amount: num(penalty.amount),
        currency: penalty.currency ?? '',
        date: penalty.date,
        standing: currentStanding(penalty),
        standing_date: step?.date ?? '',
        standing_by: step?.by ?? '',
        standing_level: step?.level ?? '',
        standing_amount: num(standingAmount(penalty).amount),
        source: penalty.source,
        source_url: source?.url ?? '',
      };
    }),
  );
}

export function flowTableRows(book: Casebook): TableRow[] {
  return book.cases.flatMap(({ id, data }) =>
    data.flows.map((flow, index) => ({
      case: id,
      number: String(index + 1),
      from: flow.from,
      to: flow.to,
      exporter: flow.exporter ?? '',
      importer: flow.importer ?? '',
      categories: flow.data.join('; '),
      records: num(flow.records),
      people: num(flow.people),
      since: flow.since ?? '',
      until: flow.until ?? '',
      alleged: String(flow.alleged ?? false),
      established: flow.established?.at(-1)?.how ?? '',
    })),
  );
}

/** A table as CSV: the header is the field list, in order; every value is text. */
export function tableCsv(fields: readonly TableField[], rows: TableRow[]): string {
  return stringify(rows, { header: true, columns: fields.map((f) => f.name), record_delimiter: '\n' });
}

/**
 * A JSON Schema for one parsed CSV row (every value text, empty when missing), from the same
 * fields: /data/schema.json publishes it beside the Table Schemas.
 */
export function csvRowSchema(fields: readonly TableField[]) {
  const valueSchema = ({ type, constraints = {} }: TableField) => {
    const optional = !constraints.required;
    if (constraints.enum) return { enum: optional ? [...constraints.enum, ''] : [...constraints.enum] };
    const pattern = type === 'integer' ? '^\\d+$' : type === 'boolean' ? '^(true|false)$' : constraints.pattern;
    if (!pattern) return { type: 'string' };
    return { type: 'string', pattern: optional ? `^$|${pattern}` : pattern };
  };
  return {
    type: 'object',
    additionalProperties: false,
    required: fields.map((f) => f.name),
    properties: Object.fromEntries(fields.map((field) => [field.name, { ...valueSchema(field), description: field.description }])),
  };
}
