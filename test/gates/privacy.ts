/**
 * What loading a page costs a reader's privacy: any request to another origin (stopped before it
 * leaves the machine, and counted), anything the page tried that its CSP blocked, and anything it
 * stored: cookies, localStorage, sessionStorage, IndexedDB, Cache Storage, service workers.
 */
import type { Browser, Page } from 'playwright-core';

export interface PrivacyReport {
  /** Requests to any origin but the site's own (aborted: nothing reaches the network). */
  foreignRequests: string[];
  /** URLs the page's Content-Security-Policy blocked: attempts the CSP caught before any request. */
  blockedByCsp: string[];
  cookies: string[];
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  caches: string[];
  serviceWorkers: string[];
}

export const NOTHING_STORED_OR_SENT: PrivacyReport = {
  foreignRequests: [],
  blockedByCsp: [],
  cookies: [],
  localStorage: [],
  sessionStorage: [],
  indexedDB: [],
  caches: [],
  serviceWorkers: [],
};

/** Collects CSP violations from the first moment of each document (an init script, like axe's). */
const RECORD_CSP_VIOLATIONS = `
  window.__cspBlocked = [];
  document.addEventListener('securitypolicyviolation', (event) => window.__cspBlocked.push(event.blockedURI || event.violatedDirective));
`;

/**
 * Loads `url` in a fresh browser context (no earlier state) and reports what it sent and stored.
 * `ready` waits for the page's own work after load (the search page's search).
 */
export async function visitPrivately(browser: Browser, url: string, ready?: (page: Page) => Promise<unknown>): Promise<PrivacyReport> {
  const origin = new URL(url).origin;
  const context = await browser.newContext();
  const foreignRequests: string[] = [];
  try {
    await context.route('**/*', (route) => {
      const requested = route.request().url();
      if (new URL(requested).origin === origin) return route.continue();
      foreignRequests.push(requested);
      return route.abort('blockedbyclient');
    });
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
    const page = await context.newPage();
    page.on('websocket', (socket) => foreignRequests.push(socket.url()));
    await page.goto(url, { waitUntil: 'networkidle' });
    await ready?.(page);
    const stored = await page.evaluate(async () => ({
      blockedByCsp: (window as unknown as { __cspBlocked: string[] }).__cspBlocked,
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((db) => db.name ?? ''),
      caches: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
    }));
    const cookies = (await context.cookies()).map((cookie) => `${cookie.name} (${cookie.domain})`);
    return { foreignRequests, ...stored, cookies };
  } finally {
    await context.close();
  }
}
