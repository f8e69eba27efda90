import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { CASE_FIELDS, caseTableRows, csvRowSchema, FLOW_FIELDS, flowTableRows, PENALTY_FIELDS, penaltyTableRows, tableCsv, type TableField, type TableRow } from '../../../src/lib/outputs/tables.ts';
import Ajv2020 from 'ajv/dist/2020.js';

let book: Casebook;
const caseUrl = (id: string) => `https://casebook.example.org/cases/${id}/`;
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

const csvRows = (fields: readonly TableField[], rows: TableRow[]) => parse(tableCsv(fields, rows), { columns: true }) as Record<string, string>[];
const rowValidator = (fields: readonly TableField[]) => new Ajv2020({ strict: false, allErrors: true }).compile(csvRowSchema(fields));

describe('penalties.csv', () => {
  test('one row per penalty, numbered within its case, in the order of the case file', () => {
    const rows = penaltyTableRows(book);
    expect(rows.map((r) => `${r.case} ${r.number}`)).toEqual(['full-case 1', 'full-case 2', 'full-case 3', 'third-case 1', 'third-case 2', 'third-case 3']);
  });

  test('each row gives where the penalty stands now: its newest step, and the amount that stands', () => {
    const [reduced, annulled, untouched] = penaltyTableRows(book).filter((r) => r.case === 'third-case');
    expect(reduced).toMatchObject({ amount: '250000', currency: 'EUR', standing: 'reduced', standing_date: '2022-06-01', standing_by: 'example-court', standing_level: 'appeal', standing_amount: '200000' });
    expect(annulled).toMatchObject({ amount: '50000', standing: 'annulled', standing_level: 'final', standing_amount: '0' });
    expect(untouched).toMatchObject({ amount: '10000', currency: 'USD', standing: 'imposed', standing_date: '', standing_by: '', standing_amount: '10000' });
  });

  test('the authority\'s own term, the source and its address', () => {
    const [fine, order, warning] = penaltyTableRows(book).filter((r) => r.case === 'full-case');
    expect(fine).toMatchObject({ term: 'penalty surcharge (과징금)', standing: 'stayed', source: 'sda-decision-2024', source_url: 'http://sda.example/decisions/2024-17' });
    expect(order).toMatchObject({ kind: 'corrective-order', amount: '', currency: '', standing_amount: '', term: '' });
    expect(warning).toMatchObject({ target: '', person: 'jane-example' });
  });

  test('a penalty without an amount has an empty standing amount, even once annulled', () => {
    const record = book.cases.find((r) => r.id === 'full-case')!;
    const order = { authority: record.data.penalties![0].authority, target: 'example-pay', kind: 'corrective-order' as const, date: '2024-11-06', source: record.data.sources[0].id, standing: [{ date: '2026-01-21', standing: 'annulled' as const, source: record.data.sources[0].id }] };
    const annulledOrder: Casebook = { ...book, cases: [{ ...record, data: { ...record.data, penalties: [order] } }] };
    expect(penaltyTableRows(annulledOrder)[0]).toMatchObject({ amount: '', currency: '', standing: 'annulled', standing_amount: '' });
  });
});

describe('flows.csv', () => {
  test('one row per flow: categories joined, counts as reported, alleged always true or false, the newest statement of how it is known', () => {
    const rows = flowTableRows(book);
    expect(rows.filter((r) => r.case === 'third-case').map((r) => [r.to, r.alleged])).toEqual([['US', 'true'], ['NO', 'false']]);
    expect(rows.find((r) => r.case === 'full-case')).toMatchObject({
      number: '1', from: 'KR', to: 'US', exporter: 'example-pay', importer: 'sample-cloud',
      categories: 'account-identifier; phone-number; transaction-history; payment-card', records: '54200000000', people: '40000000',
      since: '2018-04', until: '2024-05', established: 'found',
    });
  });
});

describe('cases.csv', () => {
  // Live content: the PIPC's corrective and improvement recommendations to DeepSeek (same authority,
  // kind, target and date) were listed once, so the column showed 2 of the case's 3 penalties.
  test('the penalties column lists every penalty, even two written alike', () => {
    const record = book.cases.find((r) => r.id === 'third-case')!;
    const twin = { ...record.data.penalties![0] };
    const twins: Casebook = { ...book, cases: [{ ...record, data: { ...record.data, penalties: [twin, { ...twin }] } }] };
    expect(caseTableRows(twins, caseUrl)[0].penalties.split('; ')).toHaveLength(2);
  });

  test('fines per currency as imposed and as they stand, and where they stand', () => {
    const third = caseTableRows(book, caseUrl).find((r) => r.id === 'third-case')!;
    expect(third).toMatchObject({ fines_imposed: '300000 EUR; 10000 USD', fines_standing: '200000 EUR; 10000 USD', fine_standings: 'imposed; reduced; annulled' });
    expect(caseTableRows(book, caseUrl).find((r) => r.id === 'minimal-case')).toMatchObject({ fines_imposed: '', fines_standing: '', fine_standings: '' });
  });
});

describe.each([
  { table: 'cases', fields: CASE_FIELDS, rows: () => caseTableRows(book, caseUrl) },
  { table: 'penalties', fields: PENALTY_FIELDS, rows: () => penaltyTableRows(book) },
  { table: 'flows', fields: FLOW_FIELDS, rows: () => flowTableRows(book) },
])('$table: the CSV and its row schema', ({ fields, rows }) => {
  test('every row has exactly the declared fields, in the header', () => {
    for (const row of rows()) expect(Object.keys(row)).toEqual(fields.map((f) => f.name));
    expect(Object.keys(csvRows(fields, rows())[0])).toEqual(fields.map((f) => f.name));
  });

  test('every parsed row is valid against the row schema', () => {
    const validate = rowValidator(fields);
    for (const row of csvRows(fields, rows())) expect(validate(row), JSON.stringify(validate.errors)).toBe(true);
  });

  test('the row schema refuses a value outside a field\'s pattern or vocabulary, and a missing required one', () => {
    const validate = rowValidator(fields);
    const row = csvRows(fields, rows())[0];
    const required = fields.find((f) => f.constraints?.required)!;
    expect(validate({ ...row, [required.name]: '' })).toBe(false);
    const constrained = fields.find((f) => f.constraints?.enum || f.constraints?.pattern || f.type !== 'string')!;
    expect(validate({ ...row, [constrained.name]: 'Not A Value!' })).toBe(false);
  });
});
