import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openRecordingPage } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sameSite = (url: string) => url.startsWith(siteUrl) || url.startsWith('data:');

describe('reading the site in a browser', () => {
  test('the home page loads and links to the Kakao Pay case', async () => {
    const { page, requests } = await openRecordingPage(browser);
    const response = await page.goto(`${siteUrl}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Cross-Border Data Casebook');
    await page.getByRole('link', { name: /Kakao Pay/ }).first().click();
    await page.waitForURL(/\/cases\/kakaopay-alipay-2024\/$/);
    expect(requests.filter((url) => !sameSite(url))).toEqual([]);
  });

  test('the case page shows its figures, sources and anchors with no request leaving the site', async () => {
    const { page, requests } = await openRecordingPage(browser);
    const response = await page.goto(`${siteUrl}/cases/kakaopay-alipay-2024/`);
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Kakao Pay/);
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('54.2 billion');
    expect(text).toContain('40.45 million');
    expect(text).toContain('KRW 5,968,000,000');
    expect(text).toContain('April 2018');
    for (const id of ['key-facts', 'parties', 'positions', 'timeline', 'quotes', 'narrative', 'sources']) {
      await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
    }
    // A citation in the narrative leads to its entry in the source list, which names publisher and date.
    const citation = page.locator('.narrative a[href^="#source-"]').first();
    const target = await citation.getAttribute('href');
    await citation.click();
    expect(page.url()).toMatch(new RegExp(`${target}$`));
    await expect(page.locator(`[id="${target!.slice(1)}"]`).textContent()).resolves.toMatch(/\d{4}/);
    expect(requests.filter((url) => !sameSite(url))).toEqual([]);
  });

  test('a section anchor from a report scrolls to that section', async () => {
    const { page } = await openRecordingPage(browser);
    await page.goto(`${siteUrl}/cases/kakaopay-alipay-2024/#timeline`);
    await expect(page.locator('#timeline').isVisible()).resolves.toBe(true);
    const inView = await page.locator('#timeline').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });
});

test('a case page reads completely without JavaScript, citations included', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/cases/kakaopay-alipay-2024/`);
  const text = (await page.getByRole('main').textContent()) ?? '';
  expect(text).toContain('54.2 billion');
  expect(text).toContain('Kim Myung-joo');
  await page.locator('.cite-box summary').click();
  // APA cites a web page by its full version date: "(2026, December 1)".
  const { cases } = (await (await fetch(`${siteUrl}/data/cases.json`)).json()) as { cases: { id: string; data: { updated: string } }[] };
  const [year, month, day] = cases.find((c) => c.id === 'kakaopay-alipay-2024')!.data.updated.split('-').map(Number);
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  await expect(page.locator('[data-cite-id=apa] .cite-text').textContent()).resolves.toMatch(new RegExp(`^Cross-Border Data Casebook\\. \\(${year}, ${monthName} ${day}\\)\\.`));
  await expect(page.locator('.copy-button').first().isVisible()).resolves.toBe(false);
  await context.close();
});

test('the cite box copies a citation with today as the access date and the anchor the reader came from', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const anchor = await (async () => {
    await page.goto(`${siteUrl}/cases/kakaopay-alipay-2024/`);
    return page.locator('.timeline li').first().getAttribute('id');
  })();
  await page.goto(`${siteUrl}/cases/kakaopay-alipay-2024/#${anchor}`);
  await page.locator('.cite-box summary').click();
  await page.locator('.cite-target input[value=anchor]').check();
  await page.locator('[data-cite-id=harvard] .copy-button').focus();
  await page.keyboard.press('Enter');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }));
  expect(copied).toContain(`/cases/kakaopay-alipay-2024/#${anchor}`);
  expect(copied).toContain(`(Accessed: ${today})`);
  await context.close();
});

test('the export formats come from their download files when the box is opened, and copy with the access date', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${siteUrl}/cases/kakaopay-alipay-2024/`);
  // Not carried by the page: the files are fetched only when the reader opens the box.
  expect(await page.locator('[data-cite-id=bibtex] .cite-text code').textContent()).toBe('');
  expect(fetched).not.toContain('/cases/kakaopay-alipay-2024.bib');
  await page.locator('.cite-box summary').click();
  await page.locator('[data-cite-id=bibtex] .cite-text').waitFor({ state: 'visible' });
  const bib = await (await fetch(`${siteUrl}/cases/kakaopay-alipay-2024.bib`)).text();
  expect(await page.locator('[data-cite-id=bibtex] .cite-text code').textContent()).toContain(bib.split('\n')[0]);
  await page.locator('.cite-accessed').fill('2026-11-30');
  await page.locator('[data-cite-id=bibtex] .copy-button').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/urldate = \{2026-11-30\}/);
  // RIS keeps its CRLF line ends when copied, with the access date in its place.
  await page.locator('[data-cite-id=ris] .copy-button').click();
  const ris = await page.evaluate(() => navigator.clipboard.readText());
  expect(ris).toContain('\r\n');
  expect(ris).toMatch(/2026\/11\/30/);
  await context.close();
});
