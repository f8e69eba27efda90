import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook, CaseRecord } from '../../../src/lib/model/casebook.ts';
import { createUrls } from '../../../src/lib/model/urls.ts';
import { caseHeadMeta, caseJsonLd, firstPublished, jsonForScript, pageHeadMeta, pageMetaTags, type MetaTag } from '../../../src/lib/outputs/page-meta.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';

let book: Casebook;
let full: CaseRecord;
const url = 'https://casebook.example.org/cases/full-case/';
const site = new URL('https://casebook.example.org/');
const urls = createUrls('/');

beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
  full = book.cases.find((c) => c.id === 'full-case')!;
});

const values = (tags: MetaTag[], key: string) => tags.filter((t) => t.key === key).map((t) => t.content);
const caseTag = (key: string) => values(caseHeadMeta(book, full, url, site.href).tags, key);

describe('case page head, as Zotero reads it (shared/reference-managers.md)', () => {
  test('puts the version date in citation_date, as written', () => {
    expect(caseTag('citation_date')).toEqual(['2024-09-02']);
    expect(caseTag('dcterms.modified')).toEqual(['2024-09-02']);
  });

  test('makes Zotero save a webpage, not a report: DC.type=webpage and no report institution', () => {
    expect(caseTag('DC.type')).toEqual(['webpage']);
    expect(caseTag('citation_technical_report_institution')).toEqual([]);
    expect(caseTag('og:site_name')).toEqual(['Cross-Border Data Casebook']);
  });

  test('names the Casebook once, as an organisation: citation_author ends in a comma', () => {
    expect(caseTag('citation_author')).toEqual(['Cross-Border Data Casebook,']);
  });

  test('gives the title without the site suffix and the permanent URL', () => {
    expect(caseTag('citation_title')).toEqual(['Example Pay passed customer data to Sample Cloud without consent']);
    expect(caseTag('citation_public_url')).toEqual([url]);
    expect(caseTag('og:url')).toEqual([url]);
    expect(caseHeadMeta(book, full, url, site.href).url).toBe(url);
  });
});

describe('the head of any other page', () => {
  const meta = () => pageHeadMeta({ title: 'Example Pay', path: '/firms/example-pay/', updated: '2024-09', summary: 'A firm.' }, urls, site);

  test('is the same webpage by the same organisation, at the page address on the site', () => {
    const { url: pageUrl, tags } = meta();
    expect(pageUrl).toBe('https://casebook.example.org/firms/example-pay/');
    expect(values(tags, 'citation_title')).toEqual(['Example Pay']);
    expect(values(tags, 'citation_author')).toEqual(['Cross-Border Data Casebook,']);
    expect(values(tags, 'citation_date')).toEqual(['2024-09']);
    expect(values(tags, 'citation_public_url')).toEqual([pageUrl]);
    expect(values(tags, 'DC.type')).toEqual(['webpage']);
    expect(values(tags, 'og:site_name')).toEqual(['Cross-Border Data Casebook']);
    expect(values(tags, 'citation_technical_report_institution')).toEqual([]);
  });

  test('gives no date at all when nothing dates the page', () => {
    const tags = pageMetaTags({ title: 'Unnamed firm', url: 'https://casebook.example.org/firms/x/' });
    for (const key of ['citation_date', 'DC.date', 'dcterms.modified', 'article:modified_time', 'citation_abstract']) expect(values(tags, key), key).toEqual([]);
  });

  test('describes it in JSON-LD as a WebPage of the website', () => {
    expect(JSON.parse(meta().jsonLd)).toMatchObject({
      '@type': 'WebPage',
      url: 'https://casebook.example.org/firms/example-pay/',
      name: 'Example Pay',
      dateModified: '2024-09',
      author: { '@type': 'Organization', name: 'Cross-Border Data Casebook' },
      isPartOf: { '@type': 'WebSite', url: 'https://casebook.example.org/' },
    });
  });
});

test('dates first publication from the oldest changelog entry', () => {
  expect(firstPublished(full)).toBe('2024-08-13');
  expect(firstPublished(book.cases.find((c) => c.id === 'minimal-case')!)).toBe('2020-06');
  expect(caseTag('dcterms.issued')).toEqual(['2024-08-13']);
});

test('describes the case in JSON-LD as a WebPage about its organisations, citing its sources', () => {
  const ld = caseJsonLd(book, full, url, 'https://casebook.example.org/');
  expect(ld['@type']).toBe('WebPage');
  expect(ld.dateModified).toBe('2024-09-02');
  expect(ld.datePublished).toBe('2024-08-13');
  expect(ld.about.map((a) => a.name)).toContain('Example Pay');
  expect(ld.about.find((a) => a.name === 'Example Pay')?.alternateName).toContain('예시페이');
  expect(ld.citation).toHaveLength(3);
  expect(ld.citation[0]).toMatchObject({ url: 'https://news.example/articles/8035300', publisher: { name: 'Example News' } });
});

test('escapes < so JSON-LD cannot close its script tag', () => {
  expect(jsonForScript({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
});
