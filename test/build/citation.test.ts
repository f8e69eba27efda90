import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureDist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const SITE = 'http://localhost:4321';

/** The head tags of a built page, read the way Zotero's Embedded Metadata translator reads them. */
function head(path: string) {
  const tree = fromHtml(read(path));
  const meta = (key: string) => selectAll(`meta[name="${key}"], meta[property="${key}"]`, tree).map((node) => String(node.properties.content));
  const canonical = selectAll('link[rel="canonical"]', tree).map((n) => String(n.properties.href));
  const [script] = selectAll('script[type="application/ld+json"]', tree);
  const jsonLd = script ? JSON.parse((script.children[0] as { value: string }).value) : undefined;
  return { meta, canonical, jsonLd };
}

// Measured (shared/reference-managers.md): with these tags Zotero saves a webpage by one
// organisation, dated as citation_date says, with og:site_name as the website title; a
// citation_technical_report_institution would make it a report, cited by year only.
describe.each([
  { kind: 'case', file: 'cases/full-case/index.html', path: '/cases/full-case/', title: 'Example Pay passed customer data to Sample Cloud without consent', date: '2024-09-02' },
  { kind: 'firm', file: 'firms/example-pay/index.html', path: '/firms/example-pay/', title: 'Example Pay', date: '2024-09-02' },
  { kind: 'regulator', file: 'regulators/sample-data-authority/index.html', path: '/regulators/sample-data-authority/', title: 'Sample Data Authority', date: '2024-09-02' },
  { kind: 'person', file: 'people/jane-example/index.html', path: '/people/jane-example/', title: 'Jane Example', date: '2024-09-02' },
  { kind: 'law', file: 'laws/example-privacy-act/index.html', path: '/laws/example-privacy-act/', title: 'Example Privacy Act', date: '2024-09-02' },
  // Only third-case (updated 2021-03-15) touches Norway.
  { kind: 'jurisdiction', file: 'jurisdictions/no/index.html', path: '/jurisdictions/no/', title: 'Norway', date: '2021-03-15' },
  { kind: 'case index', file: 'cases/index.html', path: '/cases/', title: 'All cases', date: '2024-09-02' },
  { kind: 'timeline', file: 'timeline/index.html', path: '/timeline/', title: 'Timeline of all cases', date: '2024-09-02' },
])('head metadata of a $kind page', ({ file, path, title, date }) => {
  const { meta, canonical, jsonLd } = head(file);

  test('tells Zotero a webpage by the Casebook, as one organisation', () => {
    expect(meta('DC.type')).toEqual(['webpage']);
    expect(meta('citation_technical_report_institution')).toEqual([]);
    expect(meta('citation_author')).toEqual(['Cross-Border Data Casebook,']);
    expect(meta('og:site_name')).toEqual(['Cross-Border Data Casebook']);
    expect(jsonLd).toMatchObject({ '@type': 'WebPage', author: { name: 'Cross-Border Data Casebook' } });
  });

  test('gives the title without the site suffix, the date it last changed and its address', () => {
    expect(meta('citation_title')).toEqual([title]);
    expect(meta('citation_date')).toEqual([date]);
    expect(meta('citation_public_url')).toEqual([`${SITE}${path}`]);
    expect(canonical).toEqual([`${SITE}${path}`]);
    expect(meta('og:url')).toEqual([`${SITE}${path}`]);
    expect(jsonLd).toMatchObject({ url: `${SITE}${path}`, name: title, dateModified: date });
  });
});

describe('head metadata of a case page', () => {
  const { meta } = head('cases/full-case/index.html');

  test('also carries the abstract, language, keywords and first publication', () => {
    expect(meta('citation_abstract')[0]).toMatch(/^The Sample Data Authority found/);
    expect(meta('citation_language')).toEqual(['en']);
    expect(meta('citation_keywords')).toEqual(['payments; cloud; fixture']);
    expect(meta('dcterms.modified')).toEqual(['2024-09-02']);
    expect(meta('dcterms.issued')).toEqual(['2024-08-13']);
    expect(read('cases/full-case/index.html')).toContain('<time datetime="2024-09-02">2 September 2024</time>');
  });
});

describe('citation downloads', () => {
  // The same webpage by the same single organisation, at the same version date, as the head
  // tags above and the visible citations: whatever a reader imports, the reference agrees.
  test.each([
    ['cases/full-case.bib', '@biblatex'],
    ['cases/full-case.ris', '@ris/file'],
    ['cases/full-case.json', '@csl/list+object'],
  ])('%s parses back to the same webpage, organisation, title, date and URL', (file) => {
    const cite = new Cite(read(file));
    const [item] = cite.data as { type: string; title: string; URL: string; issued: { 'date-parts': number[][] }; author: { literal?: string; family?: string; given?: string }[] }[];
    expect(item.type).toBe('webpage');
    expect(item.author).toHaveLength(1);
    expect(item.author[0].given ?? '').toBe('');
    expect(item.author[0].literal ?? item.author[0].family).toBe('Cross-Border Data Casebook');
    expect(item.title).toBe('Example Pay passed customer data to Sample Cloud without consent');
    expect(item.URL).toBe(`${SITE}/cases/full-case/`);
    expect(item.issued['date-parts']).toEqual([[2024, 9, 2]]);
    expect(cite.format('bibliography', { template: 'apa', lang: 'en-US' })).toMatch(/^Cross-Border Data Casebook\. \(2024, September 2\)\. /);
  });

  test('the cite box shows every style, selectable without JavaScript, and links the downloads', () => {
    const html = read('cases/full-case/index.html');
    for (const label of ['APA', 'MLA', 'Chicago', 'Harvard', 'Bluebook', 'OSCOLA', 'BibTeX', 'RIS', 'CSL-JSON']) expect(html).toContain(`<h3>${label}`);
    expect(html).toContain('href="/cases/full-case.bib"');
    expect(html).toContain('Cross-Border Data Casebook. (2024, September 2). <i>Example Pay passed customer data to Sample Cloud without consent</i>.');
  });
});

// The fixture is built as CI builds it (CI set, no SITE_URL, CASEBOOK_PREVIEW=1 from the test
// harness): a preview, whose pages must not pass their local addresses off as permanent.
describe('a preview build', () => {
  const tree = fromHtml(read('cases/full-case/index.html'));
  const text = (selector: string) => selectAll(selector, tree).map((node) => toString(node).trim());

  test('says in the cite box that its addresses are not permanent', () => {
    expect(text('.cite-box .cite-preview')).toEqual(['This is a preview build: the addresses below are not permanent. Cite the published site.']);
  });

  test('says the same on the printed address line', () => {
    const [line] = text('.case-header .print-only');
    expect(line).toMatch(/^Preview build, not a permanent address \(cite the published site\): http:\/\/localhost:4321\/cases\/full-case\/ · /);
    expect(line).not.toContain('Permanent address');
  });
});

test('a changed updated date gives a new version in the citation and a new feed entry', async () => {
  const feed = read('feed.xml');
  expect(feed).toContain(`<link>${SITE}/cases/full-case/#change-2024-09-02</link>`);
  expect(feed).toContain(`<link>${SITE}/cases/full-case/#change-2024-08-13</link>`);
  expect(read('cases/full-case/index.html')).toContain('This citation is to the version of <time datetime="2024-09-02">2 September 2024</time>');
});
