import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { DATA_TABLES, dataPackageJson } from '../../../src/lib/outputs/data-package.ts';
import { caseTableRows, flowTableRows, penaltyTableRows, tableCsv } from '../../../src/lib/outputs/tables.ts';
import { loadDataPackage, profileErrors } from '../../support/data-package.ts';

let book: Casebook;
let dir: string;
const links = { home: 'https://casebook.example.org/', casesJson: 'https://casebook.example.org/data/cases.json' };
const descriptor = dataPackageJson(links);
const caseUrl = (id: string) => `https://casebook.example.org/cases/${id}/`;
const csvOf = () => ({
  cases: tableCsv(DATA_TABLES.cases.fields, caseTableRows(book, caseUrl)),
  penalties: tableCsv(DATA_TABLES.penalties.fields, penaltyTableRows(book)),
  flows: tableCsv(DATA_TABLES.flows.fields, flowTableRows(book)),
});

beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
  // The package as published: the descriptor beside its three CSV files.
  dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor));
  for (const [name, csv] of Object.entries(csvOf())) writeFileSync(join(dir, DATA_TABLES[name as keyof typeof DATA_TABLES].path), csv);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the descriptor', () => {
  test('is valid against the Tabular Data Package profile, and each table schema against the Table Schema profile', () => {
    expect(profileErrors(descriptor)).toEqual([]);
  });

  test('the profiles catch a field of an unknown type and a resource without a schema', () => {
    const [cases, ...rest] = descriptor.resources;
    const badType = { ...descriptor, resources: [{ ...cases, schema: { ...cases.schema, fields: [{ name: 'id', type: 'text' }] } }, ...rest] };
    expect(profileErrors(badType)).not.toEqual([]);
    const { schema: _, ...schemaless } = cases;
    expect(profileErrors({ ...descriptor, resources: [schemaless, ...rest] })).not.toEqual([]);
  });

  test('has a licence and sources, and keys: cases by id, penalties and flows by case and number, each naming its case', () => {
    expect(descriptor.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(descriptor.sources[0].path).toBe(links.casesJson);
    const keys = Object.fromEntries(descriptor.resources.map((r) => [r.name, { primaryKey: r.schema.primaryKey, foreignKeys: r.schema.foreignKeys }]));
    expect(keys).toEqual({
      cases: { primaryKey: 'id', foreignKeys: undefined },
      penalties: { primaryKey: ['case', 'number'], foreignKeys: [{ fields: 'case', reference: { resource: 'cases', fields: 'id' } }] },
      flows: { primaryKey: ['case', 'number'], foreignKeys: [{ fields: 'case', reference: { resource: 'cases', fields: 'id' } }] },
    });
  });

  test('partial dates are patterned strings, and their descriptions say so', () => {
    const dates = descriptor.resources.flatMap((r) => r.schema.fields).filter((f) => ['reported', 'updated', 'date', 'standing_date', 'since', 'until'].includes(f.name));
    expect(dates).toHaveLength(6);
    for (const field of dates) {
      expect(field).toMatchObject({ type: 'string', constraints: { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } });
      expect(field.description).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD.*not a Table Schema date/);
    }
  });
});

test.each(Object.keys(DATA_TABLES) as (keyof typeof DATA_TABLES)[])('the %s resource lists exactly the fields of its CSV header, in order', (name) => {
  const [header] = parse(csvOf()[name], { to_line: 1 }) as string[][];
  const resource = descriptor.resources.find((r) => r.name === name)!;
  expect(resource.path).toBe(DATA_TABLES[name].path);
  expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
});

describe('read with the frictionless package itself', () => {
  test('the package loads valid', async () => {
    const pkg = await loadDataPackage(join(dir, 'datapackage.json'));
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.resourceNames).toEqual(['cases', 'penalties', 'flows']);
  });

  test('every value casts to its type, and every penalty and flow resolves its case', async () => {
    const pkg = await loadDataPackage(join(dir, 'datapackage.json'));
    const penalties = await pkg.getResource('penalties').read({ keyed: true, relations: true });
    expect(penalties).toHaveLength(6);
    expect(penalties.find((p) => p.standing === 'reduced')).toMatchObject({ amount: 250000, standing_amount: 200000, number: 1 });
    const flows = await pkg.getResource('flows').read({ keyed: true, relations: true });
    expect(flows.map((f) => f.alleged)).toEqual([false, true, false, false]);
    expect((await pkg.getResource('cases').read({ keyed: true })).map((c) => c.id)).toEqual(book.cases.map((c) => c.id));
  });

  test('a penalty of an unknown case fails the foreign key', async () => {
    const orphan = `${csvOf().penalties}no-such-case,1,example-court,sample-cloud,,fine,,1,EUR,2021,imposed,,,,1,court-ruling,\n`;
    writeFileSync(join(dir, 'orphan.csv'), orphan);
    const pkg = await loadDataPackage({ ...descriptor, resources: descriptor.resources.map((r) => (r.name === 'penalties' ? { ...r, path: 'orphan.csv' } : r)) }, dir);
    await expect(pkg.getResource('penalties').read({ keyed: true, relations: true })).rejects.toThrow(/foreign key/i);
  });
});
