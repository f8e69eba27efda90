import { beforeAll, describe, expect, test } from 'vitest';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import type { Casebook, CaseRecord } from '../../../src/lib/model/casebook.ts';
import { createUrls } from '../../../src/lib/model/urls.ts';
import { casePageView } from '../../../src/lib/views/case-page.ts';

let book: Casebook;
let record: CaseRecord;
const site = new URL('https://casebook.example.org/');
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
  record = book.cases.find((c) => c.id === 'minimal-case')!;
});

describe('case page view: "Suggest a correction"', { timeout: 30_000 }, () => {
  test("links to the case's file under the configured edit base", () => {
    const page = casePageView(book, record, createUrls('/'), site, 'https://github.com/org/casebook/edit/main/');
    expect(page.editUrl).toBe('https://github.com/org/casebook/edit/main/content/cases/minimal-case.mdx');
  });

  test('has no link without one', () => {
    expect(casePageView(book, record, createUrls('/'), site, undefined).editUrl).toBeUndefined();
  });
});
