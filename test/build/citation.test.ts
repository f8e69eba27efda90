import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureDist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const SITE = 'http://localhost:4321';

describe('head metadata of a case page', () => {
  const tree = fromHtml(read('cases/full-case/index.html'));
  const meta = (key: string) =>
    selectAll(`meta[name="${key}"], meta[property="${key}"]`, tree).map((node) => String(node.properties.content));

  test('tells reference managers a complete report: title, version date, publisher, URL, abstract, language', () => {
    expect(meta('citation_title')).toEqual(['Example Pay passed customer data to Sample Cloud without consent']);
    expect(meta('citation_date')).toEqual(['2024-09-02']);
    expect(meta('citation_publisher')).toEqual(['Cross-Border Data Casebook']);
    expect(meta('citation_technical_report_institution')).toEqual(['Cross-Border Data Casebook']);
    expect(meta('citation_public_url')).toEqual([`${SITE}/cases/full-case/`]);
    expect(meta('citation_abstract')[0]).toMatch(/^The Sample Data Authority found/);
    expect(meta('citation_language')).toEqual(['en']);
    expect(meta('citation_keywords')).toEqual(['payments; cloud; fixture']);
    expect(meta('DC.type')).toEqual(['report']);
    expect(meta('dcterms.modified')).toEqual(['2024-09-02']);
  });

  test('has a canonical link, Open Graph and JSON-LD that agree with the visible page', () => {
    const canonical = selectAll('link[rel="canonical"]', tree).map((n) => n.properties.href);
    expect(canonical).toEqual([`${SITE}/cases/full-case/`]);
    expect(meta('og:url')).toEqual([`${SITE}/cases/full-case/`]);
    const [script] = selectAll('script[type="application/ld+json"]', tree);
    const ld = JSON.parse((script.children[0] as { value: string }).value);
    expect(ld).toMatchObject({ '@type': 'Report', dateModified: '2024-09-02', url: `${SITE}/cases/full-case/` });
    expect(read('cases/full-case/index.html')).toContain('<time datetime="2024-09-02">2 September 2024</time>');
  });
});

describe('citation downloads', () => {
  test.each([
    ['cases/full-case.bib', '@biblatex'],
    ['cases/full-case.ris', '@ris/file'],
    ['cases/full-case.json', '@csl/list+object'],
  ])('%s parses back to the same title, date and URL', (file) => {
    const [item] = new Cite(read(file)).data as { title: string; URL: string; issued: { 'date-parts': number[][] } }[];
    expect(item.title).toBe('Example Pay passed customer data to Sample Cloud without consent');
    expect(item.URL).toBe(`${SITE}/cases/full-case/`);
    expect(item.issued['date-parts']).toEqual([[2024, 9, 2]]);
  });

  test('the cite box shows every style, selectable without JavaScript, and links the downloads', () => {
    const html = read('cases/full-case/index.html');
    for (const label of ['APA', 'MLA', 'Chicago', 'Harvard', 'Bluebook', 'OSCOLA', 'BibTeX', 'RIS', 'CSL-JSON']) expect(html).toContain(`<h3>${label}`);
    expect(html).toContain('href="/cases/full-case.bib"');
    expect(html).toContain('Cross-Border Data Casebook. (2024, September 2). <i>Example Pay passed customer data to Sample Cloud without consent</i>.');
  });
});

test('a changed updated date gives a new version in the citation and a new feed entry', async () => {
  const feed = read('feed.xml');
  expect(feed).toContain(`<link>${SITE}/cases/full-case/#change-2024-09-02</link>`);
  expect(feed).toContain(`<link>${SITE}/cases/full-case/#change-2024-08-13</link>`);
  expect(read('cases/full-case/index.html')).toContain('This citation is to the version of <time datetime="2024-09-02">2 September 2024</time>');
});
