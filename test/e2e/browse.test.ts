import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, openRecordingPage } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a reader walks from the home page through every kind of page by following links', async () => {
  const { page, requests } = await openRecordingPage(browser);
  const follow = async (name: RegExp, expectedPath: RegExp, scope: Locator = page.getByRole('main')) => {
    await scope.getByRole('link', { name }).first().click();
    await page.waitForURL(expectedPath);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.length).toBeGreaterThan(0);
  };
  await page.goto(`${siteUrl}/`);
  await follow(/^By regulator or court$/, /\/regulators\/$/);
  // Japan's PPC and Korea's PIPC share an English name; the index tells them apart by abbreviation and country.
  await follow(/^Personal Information Protection Commission \(PIPC\)/, /\/regulators\/kr-pipc\/$/);
  await follow(/Kakao Pay sent data/, /\/cases\/kakaopay-alipay-2024\/$/);
  await follow(/^Alipay Singapore E-Commerce$/, /\/firms\/alipay\/$/);
  await follow(/^Ant Group$/, /\/firms\/ant-group\/$/);
  await page.goBack();
  await follow(/^Singapore$/, /\/jurisdictions\/sg\/$/);
  await follow(/^South Korea$/, /\/jurisdictions\/kr\/$/);
  await follow(/Kakao Pay sent data/, /\/cases\/kakaopay-alipay-2024\/$/);
  await follow(/^Kim Myung-joo$/, /\/people\/kim-myung-joo\/$/);
  // A person page lists the cases that name them, then each quote with a link to it on its case page.
  await follow(/Kakao Pay sent data/, /\/cases\/kakaopay-alipay-2024\/#quote-/, page.locator('figure.quote').first());
  await follow(/^Credit Information Use and Protection Act$/, /\/laws\/kr-credit-information-act\/$/);
  await page.getByRole('navigation', { name: 'Browse' }).getByRole('link', { name: 'Timeline' }).click();
  await page.waitForURL(/\/timeline\/$/);
  await follow(/^Sanction$/, /\/timeline\/kind\/sanction\/$/, page.getByRole('navigation', { name: 'Filter the timeline' }));
  await page.getByRole('navigation', { name: 'Browse' }).getByRole('link', { name: 'Cases' }).click();
  await page.waitForURL(/\/cases\/$/);
  await follow(/^Under appeal/, /\/cases\/status\/appealed\/$/, page.getByRole('navigation', { name: 'Filter cases' }));
  expect(requests.filter((url) => !url.startsWith(siteUrl))).toEqual([]);
  await page.context().close();
});

test('the case index sorts by a column when its heading is clicked', async () => {
  const { page } = await openRecordingPage(browser);
  await page.goto(`${siteUrl}/cases/`);
  const reported = async () => page.locator('.case-table tbody tr td:nth-child(6) time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  await page.getByRole('button', { name: 'Reported' }).click();
  const ascending = await reported();
  expect(ascending).toEqual([...ascending].sort());
  await page.getByRole('button', { name: 'Reported' }).click();
  expect(await reported()).toEqual([...ascending].reverse());
  await page.context().close();
});
