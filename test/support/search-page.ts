/**
 * What a browser test (and the benchmark's first search) waits for on the search page: the status
 * line src/scripts/search.ts writes once a search is done, and the lists "Show more results" adds to.
 */
import type { Page } from 'playwright-core';

/** Waits until the search page has finished its search: the status line is set and is no longer "Searching…". */
export function searchSettled(page: Page, timeout?: number): Promise<unknown> {
  return page.waitForFunction(
    () => {
      const text = document.getElementById('search-status')?.textContent ?? '';
      return text !== '' && text !== 'Searching…';
    },
    undefined,
    timeout === undefined ? undefined : { timeout },
  );
}

/** Clicks "Show more results" until every result is listed. */
export async function showAllResults(page: Page): Promise<void> {
  const items = '#case-result-list li, #entity-result-list li';
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator(items).count();
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector as string).length > (n as number), [items, before] as const);
  }
}
