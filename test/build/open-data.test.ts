/**
 * The open data as a build publishes it: a data file per case, the CSV tables and the Data
 * Package that describes them, each checked against the site's own schema.json and the
 * Frictionless profiles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, test } from 'vitest';
import { profileErrors } from '../support/data-package.ts';
import { schemaValidator } from '../support/json-schema.ts';

const dist = inject('fixtureDist');
const json = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8'));
const csv = (path: string) => parse(readFileSync(join(dist, path), 'utf8'), { columns: true }) as Record<string, string>[];
const header = (path: string) => (parse(readFileSync(join(dist, path), 'utf8'), { to_line: 1 }) as string[][])[0];
const validate = schemaValidator(json('data/schema.json'));
const { cases } = json('data/cases.json') as { cases: { id: string; url: string }[] };

describe('a data file per case', () => {
  test.each(cases.map((c) => c.id))('/data/cases/%s.json holds the case exactly as cases.json does, and validates', (id) => {
    const file = json(`data/cases/${id}.json`);
    expect(file.case).toEqual(cases.find((c) => c.id === id));
    expect(validate('caseFile', file).errors).toEqual([]);
  });

  test('retired ids have none (their pages only redirect)', () => {
    expect(existsSync(join(dist, 'data/cases/old-full-case.json'))).toBe(false);
  });

  test('each is in the sitemap, dated by its case, and the compare page is not', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toMatch(/<loc>http:\/\/localhost:4321\/data\/cases\/full-case\.json<\/loc><lastmod>2024-09-02/);
    for (const { id } of cases) expect(sitemap).toContain(`/data/cases/${id}.json</loc>`);
    expect(sitemap).not.toContain('/compare/');
  });
});

describe('the tables', () => {
  test.each([
    ['cases.csv', 'casesCsvRow'],
    ['penalties.csv', 'penaltiesCsvRow'],
    ['flows.csv', 'flowsCsvRow'],
  ])('every row of %s is valid against schema.json', (file, definition) => {
    const rows = csv(`data/${file}`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(validate(definition, row).errors).toEqual([]);
  });

  test('penalties.csv gives each penalty where it stands now', () => {
    const third = csv('data/penalties.csv').filter((r) => r.case === 'third-case');
    expect(third.map((r) => [r.standing, r.standing_amount])).toEqual([['reduced', '200000'], ['annulled', '0'], ['imposed', '10000']]);
  });
});

describe('/data/datapackage.json', () => {
  const descriptor = json('data/datapackage.json');

  test('is a valid Tabular Data Package, each resource a valid Table Schema', () => {
    expect(profileErrors(descriptor)).toEqual([]);
  });

  test('describes the three published tables, each with exactly the fields of its CSV header', () => {
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(['cases.csv', 'penalties.csv', 'flows.csv']);
    for (const resource of descriptor.resources as { path: string; schema: { fields: { name: string }[] } }[]) {
      expect(resource.schema.fields.map((f) => f.name), resource.path).toEqual(header(`data/${resource.path}`));
    }
  });

  test('names the site and its cases.json as its source, with absolute addresses', () => {
    expect(descriptor.homepage).toBe('http://localhost:4321/');
    expect(descriptor.sources[0].path).toBe('http://localhost:4321/data/cases.json');
  });
});
