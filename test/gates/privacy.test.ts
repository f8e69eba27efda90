import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { PAGE_KINDS } from './page-kinds.ts';
import { NOTHING_STORED_OR_SENT, visitPrivately } from './privacy.ts';

const contentUrl = inject('contentUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test.concurrent.each(PAGE_KINDS)('the $kind page ($path) requests nothing from another origin and stores nothing', async ({ path, ready }) => {
  expect(await visitPrivately(browser, `${contentUrl}${path}`, ready)).toEqual(NOTHING_STORED_OR_SENT);
});

test('a retired URL forwards the reader under its strict CSP, sending and storing nothing', async () => {
  let landed = '';
  const report = await visitPrivately(browser, `${inject('fixtureUrl')}/cases/old-full-case/`, async (page) => {
    await page.waitForURL(/\/cases\/full-case\/$/);
    landed = new URL(page.url()).pathname;
  });
  expect(landed).toBe('/cases/full-case/');
  expect(report).toEqual(NOTHING_STORED_OR_SENT);
});

describe('the gate catches planted defects', () => {
  const defects = `${inject('defectsUrl')}/browser`;

  test('a page with only same-origin resources passes', async () => {
    expect(await visitPrivately(browser, `${defects}/clean/`)).toEqual(NOTHING_STORED_OR_SENT);
  });

  test('an image from another origin is caught as a request when no CSP stops it', async () => {
    const report = await visitPrivately(browser, `${defects}/external-image-no-csp/`);
    expect(report.foreignRequests).toEqual(['https://example.com/x.png']);
  });

  test('an image from another origin is caught as a CSP block when the CSP stops it', async () => {
    const report = await visitPrivately(browser, `${defects}/external-image/`);
    expect(report.blockedByCsp).toEqual(['https://example.com/x.png']);
  });

  test('a script that stores a cookie, localStorage, sessionStorage and IndexedDB is caught', async () => {
    const report = await visitPrivately(browser, `${defects}/storage/`);
    expect(report).toMatchObject({
      cookies: ['reader (127.0.0.1)'],
      localStorage: ['last-case'],
      sessionStorage: ['visits'],
      indexedDB: ['casebook-history'],
    });
  });
});
