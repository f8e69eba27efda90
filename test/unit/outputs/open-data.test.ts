import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { casesCsv, casesJson, contentJsonSchema, CSV_COLUMNS, entitiesJson } from '../../../src/lib/outputs/open-data.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { schemaValidator } from '../../support/json-schema.ts';

let book: Casebook;
const caseUrl = (id: string) => `https://casebook.example.org/cases/${id}/`;
const validate = schemaValidator(contentJsonSchema());

beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

describe('cases.json', () => {
  test('validates against the generated schema', () => {
    const result = validate('casesFile', JSON.parse(JSON.stringify(casesJson(book, caseUrl))));
    expect(result.errors).toEqual([]);
  });

  test('the schema catches a case without a title', () => {
    const data = JSON.parse(JSON.stringify(casesJson(book, caseUrl)));
    delete data.cases[0].data.title;
    expect(validate('casesFile', data).ok).toBe(false);
  });

  test('resolves every entity a case refers to', () => {
    const full = casesJson(book, caseUrl).cases.find((c) => c.id === 'full-case')!;
    expect(Object.keys(full.entities.firms).sort()).toEqual(['example-group', 'example-pay', 'sample-cloud']);
    expect(full.entities.people['jane-example'].name).toBeTruthy();
    expect(full.entities.laws['example-privacy-act']).toBeDefined();
    expect(Object.keys(full.entities.data_categories)).toContain('payment-card');
    expect(full.url).toBe('https://casebook.example.org/cases/full-case/');
  });
});

test('entities.json validates against the generated schema', () => {
  expect(validate('entitiesFile', JSON.parse(JSON.stringify(entitiesJson(book)))).errors).toEqual([]);
});

describe('cases.csv', () => {
  test('has one row per case, with the declared columns, each row valid', () => {
    const rows = parse(casesCsv(book, caseUrl), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(book.cases.length);
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(validate('casesCsvRow', row).errors).toEqual([]);
  });

  test('flattens flows and penalties, keeping currencies apart', () => {
    const rows = parse(casesCsv(book, caseUrl), { columns: true }) as Record<string, string>[];
    const full = rows.find((r) => r.id === 'full-case')!;
    expect(full.from).toBe('KR');
    expect(full.records).toBe('54200000000');
    expect(full.penalty_totals).toBe('1000000 KRW');
    expect(full.penalties).toContain('sample-data-authority: fine 1000000 KRW on example-pay (2024-09)');
    const minimal = rows.find((r) => r.id === 'minimal-case')!;
    expect(minimal.records).toBe('');
    expect(minimal.penalties).toBe('');
  });

  test('a row with a bad status fails the row schema', () => {
    const rows = parse(casesCsv(book, caseUrl), { columns: true }) as Record<string, string>[];
    expect(validate('casesCsvRow', { ...rows[0], status: 'closed' }).ok).toBe(false);
  });
});
