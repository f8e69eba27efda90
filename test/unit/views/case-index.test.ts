import { beforeAll, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { casesTouching } from '../../../src/lib/model/mentions.ts';
import { fineStandings } from '../../../src/lib/model/penalties.ts';
import { createUrls } from '../../../src/lib/model/urls.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { caseIndexFilters } from '../../../src/lib/views/case-index.ts';

let book: Casebook;
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

test('each filter counts the cases its page lists', () => {
  const filters = caseIndexFilters(book, createUrls('/'));
  for (const s of filters.statuses) expect(s.count).toBe(book.cases.filter((c) => c.data.status === s.value).length);
  for (const j of filters.jurisdictions) expect(j.count).toBe(casesTouching(book, j.value).length);
  for (const f of filters.standings) expect(f.count).toBe(book.cases.filter((c) => (fineStandings(c) as string[]).includes(f.value)).length);
  expect(filters.statuses.reduce((sum, s) => sum + s.count, 0)).toBe(book.cases.length);
  expect(filters.jurisdictions.length).toBeGreaterThan(0);
});

test('counted once a Casebook, each filter still links under the base it is asked for', () => {
  const atRoot = caseIndexFilters(book, createUrls('/'));
  const underBase = caseIndexFilters(book, createUrls('/casebook/'));
  expect(underBase.statuses.map((s) => s.count)).toEqual(atRoot.statuses.map((s) => s.count));
  expect(underBase.statuses[0].href).toBe(`/casebook/cases/status/${underBase.statuses[0].value}/`);
  expect(atRoot.statuses[0].href).toBe(`/cases/status/${atRoot.statuses[0].value}/`);
});

test('another Casebook has its own counts', () => {
  // One case fewer: a count kept from the first Casebook would be one too many.
  const smaller: Casebook = { ...book, cases: book.cases.slice(1) };
  const total = (b: Casebook) => caseIndexFilters(b, createUrls('/')).statuses.reduce((sum, s) => sum + s.count, 0);
  expect(total(book)).toBe(book.cases.length);
  expect(total(smaller)).toBe(book.cases.length - 1);
});
