import { beforeAll, expect, test } from 'vitest';
import type { Casebook, CaseRecord } from '../../../src/lib/model/casebook.ts';
import { caseJsonLd, caseMetaTags, firstPublished, jsonForScript } from '../../../src/lib/outputs/page-meta.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';

let book: Casebook;
let full: CaseRecord;
const url = 'https://casebook.example.org/cases/full-case/';

beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
  full = book.cases.find((c) => c.id === 'full-case')!;
});

const tag = (key: string) => caseMetaTags(full, url).filter((t) => t.key === key).map((t) => t.content);

test('puts the version date in citation_date, as written, for Zotero', () => {
  expect(tag('citation_date')).toEqual(['2024-09-02']);
  expect(tag('dcterms.modified')).toEqual(['2024-09-02']);
});

test('makes Zotero save a report by the Casebook, not a journal article', () => {
  expect(tag('citation_technical_report_institution')).toEqual(['Cross-Border Data Casebook']);
  expect(tag('DC.type')).toEqual(['report']);
  expect(tag('citation_author')).toEqual(['Cross-Border Data Casebook']);
  expect(tag('citation_public_url')).toEqual([url]);
  expect(tag('og:url')).toEqual([url]);
});

test('dates first publication from the oldest changelog entry', () => {
  expect(firstPublished(full)).toBe('2024-08-13');
  expect(firstPublished(book.cases.find((c) => c.id === 'minimal-case')!)).toBe('2020-06');
});

test('describes the case in JSON-LD as a Report about its organisations, citing its sources', () => {
  const ld = caseJsonLd(book, full, url, 'https://casebook.example.org/');
  expect(ld['@type']).toBe('Report');
  expect(ld.dateModified).toBe('2024-09-02');
  expect(ld.about.map((a) => a.name)).toContain('Example Pay');
  expect(ld.about.find((a) => a.name === 'Example Pay')?.alternateName).toContain('예시페이');
  expect(ld.citation).toHaveLength(3);
  expect(ld.citation[0]).toMatchObject({ url: 'https://news.example/articles/8035300', publisher: { name: 'Example News' } });
});

test('escapes < so JSON-LD cannot close its script tag', () => {
  expect(jsonForScript({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
});
