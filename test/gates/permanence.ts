/** Checks that a served site still answers every published URL, as the page or as a redirect page to a live one. */
import { fromHtml } from 'hast-util-from-html';
import { attribute, elements } from './site-files.ts';
import { linksOf } from './link-checker.ts';

export interface UrlProblem {
  url: string;
  problem: string;
}

/** The target of a `<meta http-equiv="refresh">` page, if the HTML is one. */
export function refreshTarget(html: string): string | undefined {
  // Most pages are not redirects: only parse the ones that might be.
  if (!/http-equiv\s*=\s*["']?refresh/i.test(html)) return undefined;
  const refresh = elements(fromHtml(html)).find((node) => node.tagName === 'meta' && attribute(node, 'httpEquiv')?.toLowerCase() === 'refresh');
  return refresh ? linksOf(refresh)[0] : undefined;
}

/** Fetches each listed URL from the server (a few at a time) and reports those it no longer serves. */
export async function unservedUrls(siteUrl: string, urls: string[], concurrency = 8): Promise<UrlProblem[]> {
  const problems: UrlProblem[] = [];
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const problem = await checkUrl(siteUrl, url);
      if (problem) problems.push({ url, problem });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return problems.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * Fetches the page of each listed anchor (`/cases/x/#event-…`) and reports those whose page no longer
 * has an element with that id: following a redirect page, as a reader's browser would.
 */
export async function missingAnchors(siteUrl: string, anchors: string[]): Promise<UrlProblem[]> {
  const byPage = new Map<string, string[]>();
  for (const anchor of anchors) {
    const [page, id] = anchor.split('#');
    byPage.set(page, [...(byPage.get(page) ?? []), id]);
  }
  const problems: UrlProblem[] = [];
  for (const [page, ids] of byPage) {
    let response = await fetch(new URL(page, siteUrl));
    let html = response.status === 200 ? await response.text() : '';
    const target = refreshTarget(html);
    if (target !== undefined) {
      response = await fetch(new URL(target, new URL(page, siteUrl)));
      html = response.status === 200 ? await response.text() : '';
    }
    const present = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const id of ids) if (!present.has(id)) problems.push({ url: `${page}#${id}`, problem: response.status === 200 ? 'no element has this id' : `its page answers ${response.status}` });
  }
  return problems.sort((a, b) => a.url.localeCompare(b.url));
}

async function checkUrl(siteUrl: string, url: string): Promise<string | undefined> {
  const response = await fetch(new URL(url, siteUrl));
  if (response.status !== 200) return `answers ${response.status}`;
  if (!(response.headers.get('content-type') ?? '').includes('html')) return undefined;
  const target = refreshTarget(await response.text());
  if (target === undefined) return undefined;
  // A redirect page keeps the URL alive only if the page it sends readers to is itself live.
  const final = await fetch(new URL(target, new URL(url, siteUrl)));
  if (final.status !== 200) return `redirects to ${target}, which answers ${final.status}`;
  if (refreshTarget(await final.text()) !== undefined) return `redirects to ${target}, which redirects again`;
  return undefined;
}
