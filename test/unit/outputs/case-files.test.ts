import { beforeAll, describe, expect, test } from 'vitest';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { createUrls } from '../../../src/lib/model/urls.ts';
import { caseFiles } from '../../../src/lib/outputs/case-files.ts';

let book: Casebook;
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});
const record = () => book.cases.find((c) => c.id === 'full-case')!;

describe('caseFiles', () => {
  test('gives each case its three downloads and its open-data file, under the base path', () => {
    const files = caseFiles(book, record(), createUrls('/casebook/'), 'https://casebook.example.org');
    expect(files.map((f) => f.path)).toEqual([
      '/casebook/cases/full-case.bib',
      '/casebook/cases/full-case.ris',
      '/casebook/cases/full-case.json',
      '/casebook/data/cases/full-case.json',
    ]);
  });

  test('cites the case page at the site address, without an access date', () => {
    const [bib, ris, csl] = caseFiles(book, record(), createUrls('/'), 'https://casebook.example.org');
    const url = 'https://casebook.example.org/cases/full-case/';
    expect(bib.body).toMatch(/^@/);
    expect(bib.body).toContain(`url = {${url}}`);
    expect(bib.body).not.toMatch(/urldate/);
    expect(ris.body).toContain(`UR  - ${url}`);
    expect(ris.body).not.toMatch(/^Y2 {2}-/m);
    const [item] = JSON.parse(csl.body);
    expect(item.URL).toBe(url);
    expect(item.accessed).toBeUndefined();
  });

  test('the open-data file is the case with its file name and licence', () => {
    const data = JSON.parse(caseFiles(book, record(), createUrls('/'), 'https://casebook.example.org')[3].body);
    expect(data).toMatchObject({ name: 'Cross-Border Data Casebook', version: 1, license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(data.case.id).toBe('full-case');
    expect(data.case.url).toBe('https://casebook.example.org/cases/full-case/');
  });
});
