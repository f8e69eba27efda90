import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { axeContext, axeViolations, tabStops, withoutKnown, type KnownViolation } from './accessibility.ts';
import { PAGE_KINDS } from './page-kinds.ts';

const contentUrl = inject('contentUrl');

/**
 * Real violations not fixed in this change, each with its reason. Anything else fails. Remove an
 * entry when its fix lands (the gate then guards the fix).
 */
const KNOWN: KnownViolation[] = [
];

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await axeContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

// Pages load and wait on their own; a few at a time keeps both cores busy.
describe.concurrent('every kind of page has no WCAG 2.2 AA violation axe can find', () => {
  test.each(PAGE_KINDS)('$kind ($path), in light and dark mode', async ({ path, ready }) => {
    const page = await context.newPage();
    await page.goto(`${contentUrl}${path}`);
    await ready?.(page);
    expect(withoutKnown(await axeViolations(page), KNOWN)).toEqual([]);
    // The stylesheet has a dark palette; its contrast is checked too.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(withoutKnown(await axeViolations(page, ['color-contrast']), KNOWN)).toEqual([]);
    await page.close();
  });
});

describe('keyboard focus is visible', () => {
  // The first stops are the skip link, the header's links and search; a few more reach the main content.
  test.each(PAGE_KINDS.filter(({ kind }) => ['home', 'case', 'firm', 'case index', 'timeline', 'search with results', 'compare'].includes(kind)))(
    'on the first tab stops of the $kind page',
    async ({ path, ready }) => {
      const page = await context.newPage();
      await page.goto(`${contentUrl}${path}`);
      await ready?.(page);
      const stops = await tabStops(page, 16);
      expect(stops.length).toBeGreaterThan(10);
      expect(stops.filter((stop) => !stop.visible)).toEqual([]);
      await page.close();
    },
  );
});

describe('the gate catches planted defects', () => {
  const defects = `${inject('defectsUrl')}/browser`;

  test('the page the defects are planted in passes', async () => {
    const page = await context.newPage();
    await page.goto(`${defects}/clean/`);
    expect(await axeViolations(page)).toEqual([]);
    expect((await tabStops(page, 2)).map((stop) => stop.visible)).toEqual([true, true]);
    await page.close();
  });

  test('an image without alt text fails', async () => {
    const page = await context.newPage();
    await page.goto(`${defects}/image-without-alt/`);
    expect(withoutKnown(await axeViolations(page), KNOWN).map((violation) => violation.rule)).toContain('image-alt');
    await page.close();
  });

  test('a link whose focus outline is removed fails', async () => {
    const page = await context.newPage();
    await page.goto(`${defects}/focus-hidden/`);
    expect((await tabStops(page, 2)).map((stop) => stop.visible)).toEqual([false, false]);
    await page.close();
  });
});
