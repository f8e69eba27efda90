/**
 * The cases of governments acting on data flows and of European transfer decisions are found as
 * a reader looks for them: by each firm and each authority the case names, and by each country it
 * touches, in English and in the names the content gives in the original language. Queries come
 * from the published data (`/data/cases.json`), so a renamed entity is tested as it is named.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { jurisdictionName, jurisdictionNativeName } from '../../src/lib/model/jurisdictions.ts';
import { launchBrowser, openRecordingPage } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const CASES = [
  'grindr-cfius-2019',
  'india-chinese-apps-block-2020',
  'linkedin-roskomnadzor-2016',
  'russia-localisation-fines-2020',
  'tiktok-canada-wind-up-2024',
  'imy-google-analytics-2023',
  'ferde-datatilsynet-2021',
  'tiktok-dpc-china-storage-2025',
  'baylda-mailchimp-2021',
];

interface Named { name: string; names?: Record<string, string> }
interface Published {
  id: string;
  url: string;
  data: { parties: { firm: string }[]; regulators?: { regulator: string }[]; penalties?: { authority: string }[]; flows: { from: string; to: string }[] };
  entities: { firms: Record<string, Named>; regulators: Record<string, Named> };
}

let browser: Browser;
let page: Page;
let cases: Map<string, Published>;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openRecordingPage(browser));
  await page.goto(`${siteUrl}/search/`);
  const published = (await (await fetch(`${siteUrl}/data/cases.json`)).json()) as { cases: Published[] };
  cases = new Map(published.cases.map((c) => [c.id, c]));
});
afterAll(async () => {
  await browser?.close();
});

/** The case pages Pagefind finds for a query, through its own JS API in the page (as Pagefind's tests do). */
async function casePagesFound(query: string): Promise<string[]> {
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  return page.evaluate(`(async (q) => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    const { results } = await pagefind.search(q, { filters: { type: 'case' } });
    const data = await Promise.all(results.map((r) => r.data()));
    return data.map((d) => new URL(d.url, location.origin).pathname);
  })(${JSON.stringify(query)})`);
}

/** Every way a reader may name the case: its firms and authorities (English and original), its countries. */
function queriesFor(record: Published): { by: string; query: string }[] {
  const entity = (kind: 'firms' | 'regulators', id: string) => {
    const named = record.entities[kind][id];
    return [{ by: `${kind} ${id}`, query: named.name }, ...Object.entries(named.names ?? {}).map(([lang, name]) => ({ by: `${kind} ${id} (${lang})`, query: name }))];
  };
  const regulators = new Set([...(record.data.regulators ?? []).map((r) => r.regulator), ...(record.data.penalties ?? []).map((p) => p.authority)]);
  const countries = new Set(record.data.flows.flatMap((f) => [f.from, f.to]));
  return [
    ...[...new Set(record.data.parties.map((p) => p.firm))].flatMap((id) => entity('firms', id)),
    ...[...regulators].flatMap((id) => entity('regulators', id)),
    ...[...countries].flatMap((code) => {
      const native = jurisdictionNativeName(code);
      return [{ by: `country ${code}`, query: jurisdictionName(code) }, ...(native ? [{ by: `country ${code} (${native.lang})`, query: native.name }] : [])];
    }),
  ];
}

describe.each(CASES)('%s', (id) => {
  test('is found by each of its firms, its authorities and its countries, in English and in the original', async () => {
    const record = cases.get(id);
    expect(record, `${id} is published`).toBeDefined();
    const path = new URL(record!.url).pathname;
    const missed: string[] = [];
    for (const { by, query } of queriesFor(record!)) if (!(await casePagesFound(query)).includes(path)) missed.push(`${by}: "${query}"`);
    expect(missed).toEqual([]);
  });
});
