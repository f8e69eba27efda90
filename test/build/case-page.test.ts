import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureDist');
const page = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('a case that uses every optional field', () => {
  let html: string;
  beforeAll(() => {
    html = page('cases/full-case/index.html');
  });

  test('renders header, summary, status and both dates as <time>', () => {
    expect(html).toMatch(/<h1[^>]*>Example Pay passed customer data to Sample Cloud without consent<\/h1>/);
    expect(html).toContain('<time datetime="2024-08-13">13 August 2024</time>');
    expect(html).toContain('<time datetime="2024-09-02">2 September 2024</time>');
    expect(html).toContain('Sanctioned');
  });

  test('has every section with a stable id, in order', () => {
    const ids = ['key-facts', 'parties', 'positions', 'timeline', 'quotes', 'narrative', 'sources', 'changes'];
    const positions = ids.map((id) => html.indexOf(`<h2 id="${id}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('shows flows with readable and exact numbers and linked entities', () => {
    expect(html).toContain('54.2 billion');
    expect(html).toContain('54,200,000,000');
    expect(html).toContain('href="/jurisdictions/kr/"');
    expect(html).toContain('href="/firms/example-pay/"');
  });

  test('shows penalties with currency and authority', () => {
    expect(html).toContain('KRW 1,000,000');
    expect(html).toContain('href="/regulators/sample-data-authority/"');
  });

  test('keeps timeline precision and gives events anchors with links', () => {
    expect(html).toContain('<time datetime="2018-04">April 2018</time>');
    expect(html).toContain('id="event-2018-04-example-pay-starts-passing-customer-data"');
    expect(html).toContain('href="#event-2018-04-example-pay-starts-passing-customer-data"');
  });

  test('renders quotes as blockquotes citing their source, with the original language', () => {
    expect(html).toMatch(/<figure id="quote-jane-example-2024-08-14"/);
    expect(html).toContain('<blockquote cite="https://news.example/articles/8035300" lang="en">');
    expect(html).toMatch(/<blockquote class="quote-original" lang="ko">/);
  });

  test('renders the GFM narrative with source citations numbered as in the source list', () => {
    expect(html).toContain('<table>');
    expect(html).toContain('<del>consent was given</del>');
    expect(html).toMatch(/<a href="https:\/\/sda\.example\/decisions\/2024-17/);
    expect(html).toMatch(/<a href="#source-example-pay-statement" title="Example Pay, August 2024: Our position on data transfers">\[2\]<\/a>/);
    expect(html).toContain('class="unconfirmed"');
    // A footnote the author defines stays a GFM footnote.
    expect(html).toContain("An editor’s note that defines its own footnote text");
  });

  test('gives narrative paragraphs anchors', () => {
    expect(html).toMatch(/<p id="narrative-p1">/);
  });

  test('lists sources with publisher, date, link, archive and language', () => {
    expect(html).toMatch(/<li id="source-example-news-2024-08-14" value="1">/);
    expect(html).toContain('href="https://archive.example/news.example/articles/8035300"');
    expect(html).toContain('in Korean');
    // A source without a date of its own says so beside the year it was given.
    expect(html).toMatch(/<time datetime="2024-08">August 2024<\/time> \(the source shows no date; the year is that of the events it reports\)/);
  });

  test('keeps the retired id working as a redirect to the case', () => {
    const redirect = page('cases/old-full-case/index.html');
    expect(redirect).toContain('http-equiv="refresh" content="0; url=/cases/full-case/"');
    expect(redirect).toContain('href="/cases/full-case/"');
  });
});

test('a case with only required fields renders without the optional sections', () => {
  const html = page('cases/minimal-case/index.html');
  expect(html).toContain('<h2 id="timeline"');
  expect(html).toContain('<h2 id="sources"');
  expect(html).not.toContain('<h2 id="positions"');
  expect(html).not.toContain('<h2 id="quotes"');
  expect(html).not.toContain('<h2 id="changes"');
});

test('a case page runs only its own script files and loads nothing from another origin', () => {
  const html = page('cases/full-case/index.html');
  // Data blocks (JSON-LD, the cite box's data) are not code; code comes only from the site's own files.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const code = scripts.filter((tag) => !/type="application\/(ld\+)?json"/.test(tag));
  expect(code.length).toBeGreaterThan(0);
  for (const tag of code) expect(tag).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
  // Only the canonical link may name a full URL; nothing the browser fetches may.
  const fetched = [...html.matchAll(/<(?:link|img|script|iframe|source)\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('rel="canonical"'));
  expect(fetched.filter((tag) => /(?:src|href)="(?:https?:)?\/\//.test(tag))).toEqual([]);
});

test('every page links one stylesheet, its kind’s; a case page’s has no rules only other kinds use', () => {
  const sheets = (path: string) => [...page(path).matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
  const kinds = ['index.html', 'cases/full-case/index.html', 'cases/index.html', 'search/index.html', 'stats/index.html', 'firms/example-pay/index.html', 'jurisdictions/kr/index.html', 'timeline/index.html', 'about/index.html'];
  for (const path of kinds) expect(sheets(path), path).toHaveLength(1);
  const css = readFileSync(join(dist, sheets('cases/full-case/index.html')[0]), 'utf8');
  for (const rule of ['.site-header', '.cite-box', '.event', '.timeline-symbol', '.chart-data']) expect(css).toContain(rule);
  for (const rule of ['.search-row', '.facets', '.map-land', '.flow-arc', '.bar-label', '.status-fill', '.sort-button', '.entity-index', '.home-search']) expect(css).not.toContain(rule);
});
