/**
 * Comparing cases in a real browser, on the shipped content: the compare page reads only the
 * cases' data files, the choice lives in the address (back button, shared links), every control
 * works from the keyboard, and axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openRecordingPage } from '../support/browser.ts';
import { axeContext, axeViolations } from '../gates/accessibility.ts';

const siteUrl = inject('siteUrl');
const KAKAO = 'kakaopay-alipay-2024';
const ALIEXPRESS = 'aliexpress-pipc-2024';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const compared = (page: Page) => page.locator('table.compare-table').waitFor();
/** The cells of the row a label names, one per case, in column order. */
const cells = (page: Page, label: RegExp) => page.locator('table.compare-table tbody tr').filter({ has: page.getByRole('rowheader', { name: label }) }).getByRole('cell');
const chosenIds = (page: Page) => new URL(page.url()).searchParams.get('cases');
/** Presses Tab until the element matching `selector` has focus (the page's own order, as a keyboard user meets it). */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the compare page', () => {
  test('shows two cases\' flows and fines side by side, and where the Kakao Pay PIPC fine stands, with its source', async () => {
    const { page, requests } = await openRecordingPage(browser);
    await page.goto(`${siteUrl}/compare/?cases=${KAKAO},${ALIEXPRESS}`);
    await compared(page);
    const headers = await page.locator('table.compare-table thead th a').allTextContents();
    expect(headers).toEqual([expect.stringMatching(/^Kakao Pay sent data/), expect.stringMatching(/^AliExpress fined/)]);

    // Each column shows its own case's first flow: route, then sender → recipient, by name.
    const files = await Promise.all([KAKAO, ALIEXPRESS].map(async (id) => (await (await fetch(`${siteUrl}/data/cases/${id}.json`)).json()).case));
    const flowCells = await cells(page, /^Data flows/).allTextContents();
    files.forEach(({ data, entities }, i) => {
      const [flow] = data.flows;
      expect(flowCells[i]).toContain(`${entities.jurisdictions[flow.from].name} → ${entities.jurisdictions[flow.to].name}`);
      expect(flowCells[i]).toContain(`${entities.firms[flow.exporter].name} → ${flow.importer ? entities.firms[flow.importer].name : 'unknown recipient'}`);
    });
    expect(flowCells[0]).toContain('Kakao Pay → Alipay');

    const [kakaoPenalties, aliPenalties] = await cells(page, /^Penalties/).allTextContents();
    expect(kakaoPenalties).toContain('PIPC: Penalty surcharge (과징금) of KRW 5,968,000,000 on Kakao Pay, 22 January 2025');
    expect(kakaoPenalties).toContain('Upheld at first instance by Seoul Administrative Court, 11 June 2026');
    expect(aliPenalties).toContain('PIPC: Penalty surcharge (과징금) of KRW 1,978,000,000 on Alibaba.com Singapore E-Commerce');
    // The step's source is a link to the source itself, as the case file gives it.
    const [kakao] = files;
    const step = kakao.data.penalties[0].standing.at(-1);
    const source = kakao.data.sources.find((s: { id: string }) => s.id === step.source);
    const upheld = cells(page, /^Penalties/).first().locator('li', { hasText: 'PIPC: Penalty surcharge (과징금) of KRW 5,968,000,000' });
    await expect(upheld.getByRole('link', { name: 'Asia Economy (English edition), 19 June 2026' }).getAttribute('href')).resolves.toBe(source.url);

    const [kakaoFines, aliFines] = await cells(page, /^Fines per currency/).allTextContents();
    expect(kakaoFines).toMatch(/^Imposed: KRW /);
    expect(aliFines).toMatch(/^Imposed: KRW /);

    // It loaded the two data files and nothing else of the casebook; nothing left the site.
    expect(requests.filter((url) => !url.startsWith(siteUrl))).toEqual([]);
    expect(requests.filter((url) => url.includes('/data/')).map((url) => new URL(url).pathname).sort()).toEqual([`/data/cases/${ALIEXPRESS}.json`, `/data/cases/${KAKAO}.json`]);
  });

  test('cases are added and removed from the keyboard; the address follows, and the back button undoes', async () => {
    const { page } = await openRecordingPage(browser);
    await page.goto(`${siteUrl}/compare/?cases=${KAKAO}`);
    await compared(page);
    await expect(page.locator('#compare-status').textContent()).resolves.toContain('at least one more case');

    await tabTo(page, '#compare-select');
    await page.keyboard.press('ArrowDown');
    const added = await page.locator('#compare-select').inputValue();
    expect(added).not.toBe(KAKAO);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('table.compare-table thead th a').length === n, 2);
    expect(chosenIds(page)).toBe(`${KAKAO},${added}`);

    await tabTo(page, 'button.compare-remove');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toMatch(/^Remove “Kakao Pay sent data/);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('table.compare-table thead th a').length === n, 1);
    expect(chosenIds(page)).toBe(added);

    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('table.compare-table thead th a').length === n, 2);
    expect(chosenIds(page)).toBe(`${KAKAO},${added}`);
  });

  test('has no WCAG 2.2 AA violation axe can find, in light and dark mode', async () => {
    const context = await axeContext(browser);
    const page = await context.newPage();
    await page.goto(`${siteUrl}/compare/?cases=${KAKAO},${ALIEXPRESS}`);
    await compared(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
    await context.close();
  });

  test('without JavaScript it explains itself and links every case', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/compare/?cases=${KAKAO},${ALIEXPRESS}`);
    await expect(page.getByRole('main').textContent()).resolves.toContain('needs JavaScript');
    const { cases } = await (await fetch(`${siteUrl}/data/cases.json`)).json();
    const links = await page.locator('#compare-cases a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.sort()).toEqual(cases.map((c: { id: string }) => `/cases/${c.id}/`).sort());
    await context.close();
  });
});

test('in the case index, "Compare" boxes fill the address, and their link opens the comparison', async () => {
  const { page } = await openRecordingPage(browser);
  await page.goto(`${siteUrl}/cases/`);
  await page.getByRole('checkbox', { name: /^Compare: Kakao Pay sent data/ }).check();
  await page.waitForURL(new RegExp(`\\?compare=${KAKAO}$`));
  await page.getByRole('checkbox', { name: /^Compare: AliExpress fined/ }).check();
  await page.waitForURL(new RegExp(`\\?compare=${KAKAO},${ALIEXPRESS}$`));
  // The back button unchooses the last box.
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^Compare: AliExpress fined/ }).isChecked()).resolves.toBe(false);
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Compare: AliExpress fined/ }).isChecked()).resolves.toBe(true);
  await page.getByRole('link', { name: 'Compare the 2 chosen cases' }).click();
  await page.waitForURL(/\/compare\//);
  expect(chosenIds(page)).toBe(`${KAKAO},${ALIEXPRESS}`);
  await compared(page);
});

test('a case page starts a comparison, or joins the one it was opened from', async () => {
  const { page } = await openRecordingPage(browser);
  await page.goto(`${siteUrl}/cases/${ALIEXPRESS}/`);
  await expect(page.getByRole('link', { name: 'Compare this case with others' }).getAttribute('href')).resolves.toBe(`/compare/?cases=${ALIEXPRESS}`);
  // From the compare page's list of cases, the link carries the current choice.
  await page.goto(`${siteUrl}/compare/?cases=${KAKAO}`);
  await compared(page);
  await page.locator(`#compare-cases a[data-case-id="${ALIEXPRESS}"]`).click();
  await page.waitForURL(new RegExp(`/cases/${ALIEXPRESS}/\\?compare=${KAKAO}$`));
  await page.getByRole('link', { name: /^Add this case to the comparison/ }).click();
  await page.waitForURL(/\/compare\//);
  expect(chosenIds(page)).toBe(`${KAKAO},${ALIEXPRESS}`);
  await compared(page);
});
