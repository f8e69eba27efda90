// The shipped content built twice: searched as one index (siteUrl), and with its 25 case pages in
// 4 merged parts of at most 8 (partsUrl), the way a Casebook of more than 2,500 cases is searched.
// A reader must not be able to tell them apart: same counts, same facets, same best match, the
// same cases, and sorted lists in the same order of values (cases of equal value may trade places).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openRecordingPage } from '../support/browser.ts';
import { searchSettled, showAllResults } from '../support/search-page.ts';

const siteUrl = inject('siteUrl');
const partsUrl = inject('partsUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Seen {
  status: string;
  best: string;
  cases: string[];
  others: string[];
  facets: string;
  requests: string[];
}

/** Runs a search, lists every result (clicking "Show more results"), and reads what the page shows. */
async function seen(base: string, query: string, withFacets = false): Promise<Seen> {
  const { page, requests } = await openRecordingPage(browser);
  await page.goto(`${base}/search/${query}`);
  await searchSettled(page);
  if (withFacets) {
    // A link with filters opens the panel itself.
    if (!(await page.locator('#search-filter-panel').evaluate((panel) => (panel as HTMLDetailsElement).open))) await page.locator('#search-filter-panel summary').click();
    await page.locator('#search-facets fieldset').first().waitFor();
    await searchSettled(page);
  }
  await showAllResults(page);
  const paths = (selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const result = {
    status: (await page.locator('#search-status').textContent())!.replace(/\d+ of \d+ shown/, ''),
    best: (await page.locator('#search-best').textContent()) ?? '',
    cases: await paths('#case-result-list li h3 a'),
    others: await paths('#entity-result-list li a'),
    facets: (await page.locator('#search-facets').textContent()) ?? '',
    requests: requests.map((url) => url.replace(base, '')),
  };
  await page.context().close();
  return result;
}

/** A case page's value of a sort key, as it gives it to Pagefind (SearchMeta.astro). */
const sortValues = new Map<string, string>();
async function sortValue(path: string, key: string): Promise<string> {
  const id = `${path} ${key}`;
  if (!sortValues.has(id)) {
    const html = await (await fetch(`${partsUrl}${path}`)).text();
    sortValues.set(id, new RegExp(`data-pagefind-sort="${key}:([^"]*)"`).exec(html)?.[1] ?? '');
  }
  return sortValues.get(id)!;
}
const valuesOf = (paths: string[], key: string) => Promise.all(paths.map((path) => sortValue(path, key)));

describe('case pages searched in merged parts', () => {
  test('the parts site merges four parts, each fetched from the site', async () => {
    const config = JSON.parse((/id="search-config">(.*?)<\/script>/s.exec(await (await fetch(`${partsUrl}/search/`)).text()) ?? [])[1] ?? '{}');
    expect(config.parts).toBe(4);
    const whole = JSON.parse((/id="search-config">(.*?)<\/script>/s.exec(await (await fetch(`${siteUrl}/search/`)).text()) ?? [])[1] ?? '{}');
    expect(whole.parts).toBeUndefined();
    const { requests } = await seen(partsUrl, '?q=transfer');
    // Pagefind asks for an entry file with a query that defeats caching.
    for (const part of [1, 2, 3, 4]) expect(requests.some((url) => url.startsWith(`/pagefind/parts/${part}/pagefind-entry.json`))).toBe(true);
    expect(requests.some((url) => url.startsWith('/pagefind/parts/5/'))).toBe(false);
    // Parts share the primary's script and wasm; a relevance search needs no sort table.
    expect(requests.filter((url) => /pagefind\.js|wasm\./.test(url)).every((url) => !url.includes('/parts/'))).toBe(true);
    expect(requests.some((url) => url.includes('/parts/sort-'))).toBe(false);
    expect(requests.every((url) => url.startsWith('/'))).toBe(true);
  });

  test.each([
    { query: '?type=case&sort=updated', key: 'updated' },
    { query: '?type=case&sort=reported', key: 'reported' },
    { query: '?type=case&sort=records', key: 'records' },
    { query: '?type=case&sort=sources', key: 'sources' },
    { query: '?type=case&sort=fines-eur', key: 'fines-eur' },
    { query: '?q=PIPC&sort=reported', key: 'reported' },
    { query: '?q=data&status=sanctioned&sort=records', key: 'records' },
  ])('$query lists the same cases in the same order of $key', async ({ query, key }) => {
    const [whole, parts] = await Promise.all([seen(siteUrl, query, true), seen(partsUrl, query, true)]);
    expect(whole.cases.length).toBeGreaterThan(1);
    expect(parts.status).toBe(whole.status);
    expect(parts.facets).toBe(whole.facets);
    expect([...parts.cases].sort()).toEqual([...whole.cases].sort());
    const values = await valuesOf(parts.cases, key);
    expect(values).toEqual(await valuesOf(whole.cases, key));
    expect(values).toEqual([...values].sort().reverse());
    expect(parts.requests).toContain(`/pagefind/parts/sort-${key}.json`);
  });

  // "Alipay" is in some parts' case pages only, "regulatory" in case pages only (the other pages have
  // "regulator"): each is a word some index lacks, which Pagefind would answer with a shorter word.
  test.each(['PIPC', '카카오페이', '금융감독원', 'transfer', 'Alipay', 'regulatory'])('"%s" finds the same cases and pages, under the same best match', async (phrase) => {
    const query = `?q=${encodeURIComponent(phrase)}`;
    const [whole, parts] = await Promise.all([seen(siteUrl, query, true), seen(partsUrl, query, true)]);
    expect(parts.status).toBe(whole.status);
    expect(parts.best).toBe(whole.best);
    expect(parts.facets).toBe(whole.facets);
    expect([...parts.cases].sort()).toEqual([...whole.cases].sort());
    expect([...parts.others].sort()).toEqual([...whole.others].sort());
    // A named firm's or regulator's cases come first, those it leads most sources first (a sorted search in each part).
    const note = /The (?:(\d+) cases|case) in which/.exec(whole.best);
    const leading = note ? Number(note[1] ?? 1) : 0;
    if (leading) expect(await valuesOf(parts.cases.slice(0, leading), 'sources')).toEqual(await valuesOf(whole.cases.slice(0, leading), 'sources'));
    if (phrase === '카카오페이') expect(parts.cases[0]).toBe('/cases/kakaopay-alipay-2024/');
  });
});
