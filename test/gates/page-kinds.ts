/** One page of every kind the site publishes, for the gates that load pages in a browser. */
import type { Page } from 'playwright-core';

export interface PageKind {
  kind: string;
  path: string;
  /** Waits until the page has finished what its own scripts do on load (the search page searches). */
  ready?: (page: Page) => Promise<unknown>;
}

/** Waits for the search page to show a finished search's status line. */
export const searchDone = (page: Page) =>
  page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text !== '' && text !== 'Searching…';
  });

export const PAGE_KINDS: PageKind[] = [
  { kind: 'home', path: '/' },
  { kind: 'case', path: '/cases/kakaopay-alipay-2024/' },
  { kind: 'firm', path: '/firms/kakaopay/' },
  { kind: 'regulator', path: '/regulators/kr-fss/' },
  { kind: 'person', path: '/people/kim-myung-joo/' },
  { kind: 'law', path: '/laws/kr-credit-information-act/' },
  { kind: 'jurisdiction', path: '/jurisdictions/kr/' },
  { kind: 'case index', path: '/cases/' },
  { kind: 'cases by status', path: '/cases/status/sanctioned/' },
  { kind: 'cases by jurisdiction', path: '/cases/jurisdiction/kr/' },
  { kind: 'cases by fine standing', path: '/cases/fines/upheld/' },
  { kind: 'entity index', path: '/firms/' },
  { kind: 'jurisdiction index', path: '/jurisdictions/' },
  { kind: 'timeline', path: '/timeline/' },
  { kind: 'timeline by kind', path: '/timeline/kind/sanction/' },
  { kind: 'quotes', path: '/quotes/' },
  { kind: 'about', path: '/about/' },
  { kind: 'search with results', path: '/search/?q=Kakao', ready: searchDone },
  // A query that names a regulator adds the best-match box above the results.
  { kind: 'search naming a regulator', path: '/search/?q=PIPC', ready: searchDone },
  // The compare page builds its table from the cases' data files once loaded.
  { kind: 'compare', path: '/compare/?cases=kakaopay-alipay-2024,aliexpress-pipc-2024', ready: (page) => page.locator('table.compare-table').waitFor() },
];
