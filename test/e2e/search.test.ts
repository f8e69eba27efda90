import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CaseData } from '../../src/lib/content/schema/case.ts';
import type { Casebook } from '../../src/lib/model/casebook.ts';
import { formatPartialDate } from '../../src/lib/model/dates.ts';
import { STATUS_LABELS } from '../../src/lib/model/labels.ts';
import { caseMentions, leads } from '../../src/lib/model/mentions.ts';
import { launchBrowser, openRecordingPage } from '../support/browser.ts';
import { searchSettled, showAllResults } from '../support/search-page.ts';

const siteUrl = inject('siteUrl');
const fixtureUrl = inject('fixtureUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the search page has finished a search, then returns the case results' paths in order. */
async function caseResults(page: Page): Promise<string[]> {
  await searchSettled(page);
  return page.locator('#case-result-list li h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function searchFor(base: string, query: string): Promise<{ page: Page; requests: string[]; results: string[] }> {
  const { page, requests } = await openRecordingPage(browser);
  await page.goto(`${base}/search/${query}`);
  return { page, requests, results: await caseResults(page) };
}

/** The numbers the status line gives: cases, other pages (0 when it names none), and "N of M shown" when some are held back. */
function statusCounts(text: string) {
  const found = /(\d+) cases? (?:and (\d+) other pages? )?found/.exec(text);
  const shown = /(\d+) of (\d+) shown/.exec(text);
  return {
    cases: found ? Number(found[1]) : 0,
    others: found?.[2] ? Number(found[2]) : 0,
    shown: shown ? Number(shown[1]) : undefined,
    total: shown ? Number(shown[2]) : undefined,
  };
}

interface PublishedCase {
  id: string;
  data: CaseData;
  entities: Record<'firms' | 'regulators' | 'people' | 'laws', Record<string, { parent?: string }>>;
}

/** A site's cases as it publishes them (/data/cases.json). */
async function publishedCases(base = siteUrl): Promise<PublishedCase[]> {
  return ((await (await fetch(`${base}/data/cases.json`)).json()) as { cases: PublishedCase[] }).cases;
}

/**
 * The cases that name a regulator, split by whether it plays a leading role in them, each most
 * sources first: read from the published data with the model's own roles (model/mentions.ts).
 */
async function regulatorCases(id: string) {
  const cases = await publishedCases();
  const firms = new Map(cases.flatMap((c) => Object.entries(c.entities.firms)));
  const book = { firms } as unknown as Casebook;
  const named = cases.flatMap((c) => {
    const roles = caseMentions(book, c.data).regulators.get(id);
    return roles ? [{ path: `/cases/${c.id}/`, sources: c.data.sources.length, leading: leads(roles) }] : [];
  });
  const bySources = <T extends { sources: number }>(list: T[]) => [...list].sort((a, b) => b.sources - a.sources);
  return { leading: bySources(named.filter((c) => c.leading)), namingOnly: bySources(named.filter((c) => !c.leading)) };
}

describe('finding the Kakao Pay case', () => {
  test.each(['카카오페이', 'Kakaopay', 'KakaoPay', '금융감독원', 'FSS', 'Ant Group', 'ant-group', '카카오페이가', '알리페이'])(
    '"%s" finds it as the first case',
    async (phrase) => {
      const { page, requests, results } = await searchFor(siteUrl, `?q=${encodeURIComponent(phrase)}`);
      expect(results[0]).toBe('/cases/kakaopay-alipay-2024/');
      expect(requests.filter((url) => !url.startsWith(siteUrl))).toEqual([]);
      await page.context().close();
    },
  );

  // The PIPC acted in several shipped cases and is only named in others (LINE Yahoo: "involved",
  // with the most sources of all). A query that names it lists first the cases in which it plays a
  // leading role, most sources first (the best-documented on top), then those that only name it,
  // under a best-match link to its page. The expected lists come from the published data.
  test.each(['PIPC', '개인정보보호위원회', '개인정보보호위원회는', 'kr-pipc'])('"%s" names the PIPC: the cases it leads first, most sources first, then those that only name it', async (phrase) => {
    const { leading, namingOnly } = await regulatorCases('kr-pipc');
    expect(leading.length).toBeGreaterThan(1);
    expect(namingOnly.length).toBeGreaterThan(0);
    const { page } = await searchFor(siteUrl, `?q=${encodeURIComponent(phrase)}`);
    await showAllResults(page);
    const results = await caseResults(page);
    expect(results[0]).toBe(leading[0].path);
    expect(results.slice(0, leading.length).sort()).toEqual(leading.map((c) => c.path).sort());
    const sources = new Map(leading.map((c) => [c.path, c.sources]));
    const order = results.slice(0, leading.length).map((path) => sources.get(path)!);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(results.slice(leading.length, leading.length + namingOnly.length).sort()).toEqual(namingOnly.map((c) => c.path).sort());
    const bestMatch = page.locator('#search-best a');
    await expect(bestMatch.getAttribute('href')).resolves.toBe('/regulators/kr-pipc/');
    await expect(page.locator('#search-best').textContent()).resolves.toContain(`The ${leading.length} cases in which it plays a leading role are listed first`);
    await page.context().close();
  });

  test('a chosen sort wins over a named entity, and a query that names nothing shows no best match', async () => {
    const sorted = await searchFor(siteUrl, '?q=PIPC&sort=reported');
    await expect(sorted.page.locator('#search-best').isHidden()).resolves.toBe(true);
    const data = await (await fetch(`${siteUrl}/data/cases.json`)).json();
    const reported = new Map<string, string>(data.cases.map((c: { id: string; data: { reported: string } }) => [`/cases/${c.id}/`, c.data.reported]));
    const dates = sorted.results.map((path) => reported.get(path)!);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    await sorted.page.context().close();

    const plain = await searchFor(siteUrl, '?q=transfer');
    await expect(plain.page.locator('#search-best').isHidden()).resolves.toBe(true);
    await plain.page.context().close();
  });

  test('a Korean query typed in the header box of an English page finds it', async () => {
    const { page } = await openRecordingPage(browser);
    await page.goto(`${siteUrl}/cases/kakaopay-alipay-2024/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('searchbox', { name: /search cases/i }).fill('카카오페이');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect((await caseResults(page))[0]).toBe('/cases/kakaopay-alipay-2024/');
    await page.context().close();
  });

  test('results show title, status, route and a highlighted excerpt', async () => {
    const { page } = await searchFor(siteUrl, '?q=Alipay');
    const first = page.locator('#case-result-list li').first();
    const kakaopay = (await publishedCases()).find((c) => c.id === 'kakaopay-alipay-2024')!.data;
    const facts = await first.locator('.result-facts').textContent();
    expect(facts).toContain(`${STATUS_LABELS[kakaopay.status]} · South Korea → Singapore`);
    // Dates as on the pages: "updated 1 December 2026".
    expect(facts).toContain(`updated ${formatPartialDate(kakaopay.updated)}`);
    await expect(first.locator('.result-excerpt mark').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('the status line counts what the page lists', () => {
  // Pagefind's filter counts are no result counts (a sorted search leaves out the pages without the
  // sort key, and still counts them): the line must give each section's own number.
  test.each([
    { site: 'shipped', query: '?q=Ant%20Group' },
    { site: 'shipped', query: '?q=PIPC' },
    { site: 'shipped', query: '?q=Kakao' },
    { site: 'shipped', query: '?q=transfer' },
    { site: 'shipped', query: '?q=PIPC&sort=reported' },
    { site: 'fixture', query: '?q=sample' },
    { site: 'fixture', query: '?q=sample&sort=fines-eur' },
    { site: 'fixture', query: '?status=appealed' },
  ])('$site $query: as many cases and other pages as it says, and how many are shown yet', async ({ site, query }) => {
    const { page } = await searchFor(site === 'shipped' ? siteUrl : fixtureUrl, query);
    const cases = page.locator('#case-result-list li');
    const others = page.locator('#entity-result-list li');
    const status = async () => statusCounts((await page.locator('#search-status').textContent()) ?? '');
    const first = await status();
    const listed = (await cases.count()) + (await others.count());
    expect(first.shown ?? first.cases + first.others).toBe(listed);
    expect(first.total ?? listed).toBe(first.cases + first.others);
    await showAllResults(page);
    const all = await status();
    expect(all.shown).toBeUndefined();
    expect(all.cases + all.others).toBeGreaterThan(0);
    await expect(cases.count()).resolves.toBe(all.cases);
    await expect(others.count()).resolves.toBe(all.others);
    await page.context().close();
  });
});

describe('excerpts', () => {
  /** A case page's summary and narrative as a reader reads them, footnote marks left out. */
  async function proseOf(page: Page, url: string): Promise<string> {
    await page.goto(url);
    const texts = await page.evaluate(() => [document.getElementById('summary'), document.querySelector('section[aria-labelledby=narrative]')].map((e) => e?.textContent ?? ''));
    return texts.map(plain).join(' ');
  }
  const plain = (text: string) => text.replace(/\[\d+\]/g, '').replace(/\s+/g, ' ').trim();

  test.each([
    { site: 'shipped', phrase: 'Ant Group' },
    { site: 'shipped', phrase: 'PIPC' },
    { site: 'shipped', phrase: 'Kakao' },
    { site: 'shipped', phrase: 'Alipay' },
    { site: 'fixture', phrase: 'sample' },
    { site: 'fixture', phrase: 'Sample Cloud' },
  ])('$site "$phrase": sentences from the summary or narrative, matches marked, no id', async ({ site, phrase }) => {
    const base = site === 'shipped' ? siteUrl : fixtureUrl;
    const { page } = await searchFor(base, `?q=${encodeURIComponent(phrase)}`);
    const items = await page.locator('#case-result-list li').evaluateAll((lis) => lis.slice(0, 4).map((li) => ({
      url: (li.querySelector('h3 a') as HTMLAnchorElement).href,
      text: li.querySelector('.result-excerpt')!.textContent ?? '',
      marks: li.querySelectorAll('.result-excerpt mark').length,
    })));
    expect(items.length).toBeGreaterThan(0);
    expect(items[0].marks).toBeGreaterThan(0);
    // Ids that are not words of prose (`ant-group`, `kr-pipc`): those of every entity the shown cases name.
    const ids = (await publishedCases(base)).flatMap((c) => Object.values(c.entities).flatMap((kind) => Object.keys(kind))).filter((id) => id.includes('-'));
    expect(ids).toEqual(expect.arrayContaining([site === 'shipped' ? 'kr-pipc' : 'sample-cloud']));
    for (const item of items) {
      const words = item.text.split(/\s+/);
      for (const id of ids) expect(words).not.toContain(id);
      const prose = await proseOf(page, item.url);
      for (const piece of item.text.split('…').map(plain).filter(Boolean)) expect(prose).toContain(piece);
    }
    await page.context().close();
  });
});

describe('Korean particles', () => {
  test('a bare word finds a page that has only its inflected form', async () => {
    // The fixture's only 개인정보 is inflected: 개인정보를.
    const { results, page } = await searchFor(fixtureUrl, `?q=${encodeURIComponent('개인정보')}`);
    expect(results).toContain('/cases/full-case/');
    await page.context().close();
  });

  test('a query with a particle finds a page that has the bare word', async () => {
    const { results, page } = await searchFor(fixtureUrl, `?q=${encodeURIComponent('예시페이가')}`);
    expect(results[0]).toBe('/cases/full-case/');
    await page.context().close();
  });
});

describe('filters and sorting on a multi-case fixture', () => {
  test.each([
    { query: '?status=appealed', expected: ['/cases/third-case/'] },
    { query: '?firm=example-pay', expected: ['/cases/full-case/'] },
    { query: '?regulator=example-court', expected: ['/cases/full-case/', '/cases/third-case/'] },
    { query: '?from=KR', expected: ['/cases/full-case/', '/cases/minimal-case/'] },
    { query: '?to=NO', expected: ['/cases/third-case/'] },
    { query: '?year=2019', expected: ['/cases/third-case/'] },
    { query: '?data=name', expected: ['/cases/minimal-case/'] },
    { query: '?event=sanction', expected: ['/cases/full-case/'] },
    { query: '?penalty=no', expected: ['/cases/minimal-case/'] },
    { query: '?penalty=yes', expected: ['/cases/full-case/', '/cases/third-case/'] },
    { query: '?from=KR&penalty=no', expected: ['/cases/minimal-case/'] },
    { query: '?status=appealed&status=reported', expected: ['/cases/minimal-case/', '/cases/third-case/'] },
  ])('$query narrows the cases to $expected', async ({ query, expected }) => {
    const { results, page } = await searchFor(fixtureUrl, `${query}&type=case`);
    expect([...results].sort()).toEqual(expected);
    await page.context().close();
  });

  test.each([
    { sort: 'updated', expected: ['/cases/full-case/', '/cases/third-case/', '/cases/minimal-case/'] },
    { sort: 'reported', expected: ['/cases/full-case/', '/cases/minimal-case/', '/cases/third-case/'] },
  ])('sorts by $sort', async ({ sort, expected }) => {
    const { results, page } = await searchFor(fixtureUrl, `?type=case&sort=${sort}`);
    expect(results).toEqual(expected);
    await page.context().close();
  });

  test('sorts by records and sources, largest first', async () => {
    for (const sort of ['records', 'sources']) {
      const { results, page } = await searchFor(fixtureUrl, `?type=case&sort=${sort}`);
      expect(results[0]).toBe('/cases/full-case/');
      await page.context().close();
    }
  });

  test('sorts fines within one currency, listing only the cases with fines in it', async () => {
    const eur = await searchFor(fixtureUrl, '?type=case&sort=fines-eur');
    expect(eur.results).toEqual(['/cases/third-case/']);
    const krw = await searchFor(fixtureUrl, '?type=case&sort=fines-krw');
    expect(krw.results).toEqual(['/cases/full-case/']);
    const options = await eur.page.locator('#search-sort option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Largest fines in EUR (only cases with fines in EUR)', 'Largest fines in KRW (only cases with fines in KRW)', 'Largest fines in USD (only cases with fines in USD)']));
    expect(options.some((o) => /largest penalty/i.test(o))).toBe(false);
    await eur.page.context().close();
    await krw.page.context().close();
  });
});

describe('search state in the URL', () => {
  test('a shared link restores query, filters and sort; a click updates the URL; back restores it', async () => {
    const { page, results } = await searchFor(fixtureUrl, '?q=sample&regulator=example-court&sort=updated');
    expect(results).toEqual(['/cases/full-case/', '/cases/third-case/']);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('sample');
    await expect(page.locator('#search-sort').inputValue()).resolves.toBe('updated');
    await expect(page.locator('input[name=regulator][value=example-court]').isChecked()).resolves.toBe(true);

    await page.locator('input[name=status][value=appealed]').check();
    await page.waitForURL(/status=appealed/);
    expect(await caseResults(page)).toEqual(['/cases/third-case/']);
    expect(new URL(page.url()).search).toBe('?q=sample&status=appealed&regulator=example-court&sort=updated');

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('status='));
    await page.waitForFunction(() => document.querySelectorAll('#case-result-list li').length === 2);
    await expect(page.locator('input[name=status][value=appealed]').isChecked()).resolves.toBe(false);

    await page.reload();
    expect(await caseResults(page)).toEqual(['/cases/full-case/', '/cases/third-case/']);
    await page.context().close();
  });

  test('the first five results load at once; "Show more results" loads the next ten', async () => {
    const { page, requests } = await searchFor(siteUrl, '?q=consent');
    const shown = () => page.locator('#case-result-list li, #entity-result-list li').count();
    expect(await shown()).toBe(5);
    const { total } = statusCounts((await page.locator('#search-status').textContent()) ?? '');
    expect(total).toBeGreaterThan(5);
    // What a first search costs: a fragment for each shown excerpt and for each of the (at most two)
    // firm or regulator pages checked for a best match, and Pagefind without its worker.
    const fragments = requests.filter((url) => url.includes('/pagefind/fragment/')).length;
    expect(fragments).toBeGreaterThanOrEqual(5);
    expect(fragments).toBeLessThanOrEqual(5 + 2);
    expect(requests.filter((url) => url.includes('pagefind-worker'))).toEqual([]);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#case-result-list li, #entity-result-list li').length > 5);
    expect(await shown()).toBe(Math.min(15, total!));
    await page.context().close();
  });

  test('a query with no match shows the empty state with browse links', async () => {
    const { page, results } = await searchFor(fixtureUrl, '?q=zzzyxq');
    expect(results).toEqual([]);
    await expect(page.locator('#search-empty').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-empty').getByRole('link', { name: /by firm/ }).count()).resolves.toBe(1);
    await page.context().close();
  });

  test('the facets are keyboard-usable checkboxes with labels, loaded when the filters are opened', async () => {
    const { page } = await searchFor(fixtureUrl, '?q=sample');
    await expect(page.locator('#search-facets input').count()).resolves.toBe(0);
    await page.locator('#search-filter-panel summary').focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('checkbox', { name: /Under appeal/ });
    await box.waitFor();
    // Firm labels are not inlined in the page; they arrive with the facet data.
    await expect(page.getByRole('checkbox', { name: /^Example Pay \(\d+\)$/ }).count()).resolves.toBe(1);
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/status=appealed/);
    await page.context().close();
  });
});
