import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureDist');
const page = (path: string) => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const rows = (tree: ReturnType<typeof page>, tableSelector: string) =>
  selectAll(`${tableSelector} tbody tr`, tree).map((row) => selectAll('th, td', row).map((cell) => toString(cell).trim()));

describe('firm page', () => {
  const tree = page('firms/sample-cloud');
  test('lists exactly its cases, with its roles in words', () => {
    const cases = rows(tree, '.case-table').map(([title, role]) => [title, role]);
    expect(cases).toEqual([
      ['Example Pay passed customer data to Sample Cloud without consent', 'Importer'],
      ['Sample Cloud moved European account data to the United States', 'Importer; penalised'],
      ['Minimal fictional case', 'Party'],
    ]);
  });
  test('totals its fines per currency, never converted', () => {
    expect(toString(select('main', tree)!)).toMatch(/Fines imposed: EUR 300,000 \(EUR 300,000\); USD 10,000 \(USD 10,000\)\./);
  });
  test("its case rows show the fines on it, per currency, not the case's largest penalty", () => {
    const fines = rows(tree, '.case-table').map((cells) => cells.at(-1));
    expect(fines).toEqual(['—', 'EUR 300,000; USD 10,000 Now: 1 imposed, 1 reduced, 1 annulled', '—']);
  });
  test('shows parent and subsidiaries', () => {
    const pay = toString(select('main', page('firms/example-pay'))!);
    expect(pay).toContain('Part of');
    expect(pay).toContain('Example Group');
    expect(toString(select('main', page('firms/example-group'))!)).toMatch(/Subsidiaries\s*Example Pay/);
  });
});

test('regulator page lists its cases and roles in words, and its penalties newest first', () => {
  const tree = page('regulators/example-court');
  expect(rows(tree, '.case-table').map(([title, role]) => [title, role])).toEqual([
    ['Example Pay passed customer data to Sample Cloud without consent', 'Court; ruled on a penalty'],
    ['Sample Cloud moved European account data to the United States', 'Court; imposed a penalty; ruled on a penalty'],
  ]);
  const amounts = selectAll('table:not(.case-table) tbody tr', tree).map((row) => toString(selectAll('td', row)[5]));
  expect(amounts).toEqual(['EUR 250,000', 'USD 10,000', 'EUR 50,000']);
});

test("a regulator's case rows show only the fines it imposed", () => {
  // The full case's only fine is the data authority's: on the court's page that case shows none.
  const court = rows(page('regulators/example-court'), '.case-table').map((cells) => cells.at(-1));
  expect(court).toEqual(['—', 'EUR 300,000; USD 10,000 Now: 1 imposed, 1 reduced, 1 annulled']);
  const authority = rows(page('regulators/sample-data-authority'), '.case-table').map((cells) => cells.at(-1));
  expect(authority).toEqual(['KRW 1 million Now: 1 stayed']);
});

test('jurisdiction page counts inbound and outbound flows', () => {
  const tree = page('jurisdictions/us');
  const inbound = selectAll('table', tree).find((t) => toString(select('caption', t)!).startsWith('Data received'))!;
  expect(selectAll('tbody tr', inbound).map((r) => selectAll('th, td', r).slice(0, 2).map((c) => toString(c)))).toEqual([
    ['South Korea', '2'],
    ['European Union', '1'],
  ]);
});

test('person page lists each quote with its anchor, case and source', () => {
  const tree = page('people/jane-example');
  const quote = select('figure#quote-jane-example-2024-08-14', tree)!;
  expect(toString(quote)).toContain('Consent is required to pass personal information overseas.');
  expect(select('a[href="/cases/full-case/#quote-jane-example-2024-08-14"]', quote)).toBeTruthy();
});

test('law page lists the cases citing it with their articles', () => {
  const cases = rows(page('laws/example-privacy-act'), '.case-table').map(([title, articles]) => [title, articles]);
  expect(cases).toEqual([
    ['Example Pay passed customer data to Sample Cloud without consent', '17(3)'],
    ['Sample Cloud moved European account data to the United States', '12'],
  ]);
});

test('the case index filters by status and by jurisdiction with plain links', () => {
  const titles = (path: string) => rows(page(path), '.case-table').map(([title]) => title);
  expect(titles('cases')).toHaveLength(3);
  expect(titles('cases/status/appealed')).toEqual(['Sample Cloud moved European account data to the United States']);
  expect(titles('cases/jurisdiction/kr')).toHaveLength(2);
});

test('the global timeline groups events by year and links each to its anchor', () => {
  const tree = page('timeline');
  expect(selectAll('h2', tree).map((h) => toString(h))).toEqual(['2018', '2019', '2020', '2021', '2024']);
  expect(select('a[href="/cases/full-case/#event-2018-04-example-pay-starts-passing-customer-data"]', tree)).toBeTruthy();
});

test('no page is orphaned: every page is reachable by links from the home page', () => {
  const pages = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') pages.add(`/${relative(dist, dir)}/`.replace('//', '/'));
    }
  };
  walk(dist);
  const reached = new Set<string>();
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift()!;
    if (reached.has(path)) continue;
    reached.add(path);
    const file = join(dist, path, 'index.html');
    if (!existsSync(file)) continue;
    for (const a of selectAll('a[href]', fromHtml(readFileSync(file, 'utf8')))) {
      const href = String(a.properties.href).split('#')[0].split('?')[0];
      if (href.startsWith('/') && href.endsWith('/') && !reached.has(href)) queue.push(href);
    }
  }
  // Retired ids are redirect pages: reachable by their old links, not from the site's own.
  const redirects = [...pages].filter((p) => readFileSync(join(dist, p, 'index.html'), 'utf8').includes('http-equiv="refresh"'));
  const orphans = [...pages].filter((p) => !reached.has(p) && !redirects.includes(p));
  expect(orphans).toEqual([]);
  expect(redirects.sort()).toEqual(['/cases/old-full-case/', '/cases/sample-cloud-eu/', '/cases/third-case-2019/']);
});

test('a firm page shows what the firm claimed, and links to search within its cases', () => {
  const tree = page('firms/example-pay');
  expect(toString(select('main', tree)!)).toContain('Only data needed for payments was sent under a consignment contract.');
  expect(select('a[href="/search/?firm=example-pay"]', tree)).toBeTruthy();
  expect(select('a[href="/search/?regulator=example-court"]', page('regulators/example-court'))).toBeTruthy();
});

test('the sitemap is at /sitemap.xml, with lastmod from each case', () => {
  expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain('<loc>http://localhost:4321/sitemap-0.xml</loc>');
  const urls = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  expect(urls).toMatch(/<loc>http:\/\/localhost:4321\/cases\/full-case\/<\/loc><lastmod>2024-09-02/);
  expect(urls).not.toContain('/cases/old-full-case/');
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap.xml');
});
