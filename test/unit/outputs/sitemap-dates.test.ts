import { beforeAll, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { caseDataUrls, lastModifiedByPath, retiredPaths } from '../../../src/lib/outputs/sitemap-dates.ts';
import { createUrls } from '../../../src/lib/model/urls.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';

let book: Casebook;
const urls = createUrls('/');
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

test('dates a case page by its updated date and an entity page by its newest case', () => {
  const dates = lastModifiedByPath(book, urls);
  expect(dates.get('/cases/full-case/')).toBe('2024-09-02');
  expect(dates.get('/cases/minimal-case/')).toBe('2020-06');
  expect(dates.get('/firms/sample-cloud/')).toBe('2024-09-02');
  expect(dates.get('/regulators/example-court/')).toBe('2024-09-02');
  expect(dates.get('/jurisdictions/no/')).toBe('2021-03-15');
  expect(dates.get('/')).toBe('2024-09-02');
  expect(dates.get('/data/cases/minimal-case.json')).toBe('2020-06');
});

test('lists retired ids so the sitemap can leave their redirect pages out', () => {
  expect([...retiredPaths(book, urls)].sort()).toEqual(['/cases/old-full-case/', '/cases/sample-cloud-eu/', '/cases/third-case-2019/']);
});

test('lists each case\'s data file, from the case file names, under the base path', () => {
  expect(caseDataUrls('test/fixtures/good', createUrls('/casebook/'), 'https://casebook.example.org')).toEqual([
    'https://casebook.example.org/casebook/data/cases/full-case.json',
    'https://casebook.example.org/casebook/data/cases/minimal-case.json',
    'https://casebook.example.org/casebook/data/cases/third-case.json',
  ]);
  expect(caseDataUrls('test/fixtures/no-such-tree', urls, 'https://casebook.example.org')).toEqual([]);
});
