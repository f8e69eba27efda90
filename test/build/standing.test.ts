/**
 * Where penalties stand, where readers look for it: the search filter (in the index itself),
 * the case index pages by standing, case tables, the stats page; and the compare page as built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureDist');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const page = (path: string) => fromHtml(html(path));
const links = (tree: ReturnType<typeof page>, selector: string) => selectAll(`${selector} a`, tree).map((a) => String(a.properties.href));

/** What Pagefind indexed: each page's filters, by URL. */
function indexedFilters(): Map<string, Record<string, string[]>> {
  const dir = join(dist, 'pagefind', 'fragment');
  return new Map(readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
    return [fragment.url, fragment.filters];
  }));
}

describe('the search filter "Where its fines stand"', () => {
  test('the index files each case under where its fines stand now, and a case without fines under none', () => {
    const filters = indexedFilters();
    expect(filters.get('/cases/full-case/')?.standing).toEqual(['stayed']);
    expect(filters.get('/cases/third-case/')?.standing?.sort()).toEqual(['annulled', 'imposed', 'reduced']);
    expect(filters.get('/cases/minimal-case/')?.standing).toBeUndefined();
  });

  test('the search page offers it, with its labels', () => {
    const config = JSON.parse(toString(select('#search-config', page('search'))!));
    expect(config.filters).toContainEqual({ key: 'standing', label: 'Where its fines stand' });
    expect(config.labels.standing).toMatchObject({ upheld: 'Fines upheld in court', 'under-appeal': 'Fines under appeal' });
  });
});

describe('the case index by where fines stand', () => {
  test('links a page for every standing, with counts, so each page\'s address lasts whatever the content holds', () => {
    const nav = toString(select('nav.filters', page('cases'))!);
    expect(nav).toContain('Where fines stand now: Fines as imposed, no appeal recorded (1) · Fines under appeal (0) · Fines stayed (1) · Fines upheld in court (0) · Fines reduced (1) · Fines annulled (1) · Fines withdrawn (0)');
    expect(toString(select('main', page('cases/fines/withdrawn'))!)).toContain('No cases yet.');
    expect(links(page('cases'), 'nav.filters')).toContain('/cases/fines/reduced/');
  });

  test('each such page lists exactly the cases with a fine standing so', () => {
    const caseLinks = (path: string) => links(page(path), '.case-table tbody th');
    expect(caseLinks('cases/fines/reduced')).toEqual(['/cases/third-case/']);
    expect(caseLinks('cases/fines/stayed')).toEqual(['/cases/full-case/']);
    expect(toString(select('h1', page('cases/fines/annulled'))!)).toBe('Cases: fines annulled');
  });

  test('case tables say how many fines stand each way, when any was challenged', () => {
    const rows = selectAll('.case-table tbody tr', page('cases')).map((row) => [String(select('th a', row)!.properties.href), toString(select('.fine-standings', row) ?? { type: 'root', children: [] })]);
    expect(rows).toEqual([
      ['/cases/full-case/', 'Now: 1 stayed'],
      ['/cases/third-case/', 'Now: 1 imposed, 1 reduced, 1 annulled'],
      ['/cases/minimal-case/', ''],
    ]);
  });
});

test('the stats page counts the fines challenged and how they stand, per currency', () => {
  const main = toString(select('main', page('stats'))!);
  expect(main).toContain('2 fines in EUR; 2 challenged or revisited since: 1 reduced, 1 annulled.');
  expect(main).toContain('1 fine in USD, none with an appeal or a later decision recorded.');
  const eur = selectAll('#fines-standing-eur + p + .table-wrap tbody tr', page('stats')).map((row) => selectAll('th, td', row).map((cell) => toString(cell)));
  expect(eur).toEqual([['Reduced', '1', 'EUR 250,000', 'EUR 200,000'], ['Annulled', '1', 'EUR 50,000', 'EUR 0']]);
});

describe('the compare page as built', () => {
  const tree = page('compare');

  test('links every case, for readers without JavaScript, and offers each in its picker', () => {
    expect(links(tree, '#compare-cases').sort()).toEqual(['/cases/full-case/', '/cases/minimal-case/', '/cases/third-case/']);
    expect(selectAll('#compare-select option', tree).map((o) => o.properties.value).sort()).toEqual(['full-case', 'minimal-case', 'third-case']);
    expect(toString(select('noscript', tree)!)).toContain('needs JavaScript');
  });

  test('runs one script of the site\'s own, none inline, and is not in the search index', () => {
    const scripts = selectAll('script', tree);
    expect(scripts.map((s) => String(s.properties.src ?? ''))).toEqual([expect.stringMatching(/^\/_astro\/.+\.js$/)]);
    expect(select('[data-pagefind-body]', tree)).toBeUndefined();
  });

  test('a case page links to it, and the case index carries the compare boxes\' hooks', () => {
    expect(links(page('cases/full-case'), '.compare-link')).toEqual(['/compare/?cases=full-case']);
    expect(selectAll('.case-table[data-compare] tr[data-case-id]', page('cases'))).toHaveLength(3);
  });
});
