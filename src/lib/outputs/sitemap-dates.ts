/**
 * `lastmod` for the sitemap, from each page's last change (model/last-changed.ts), and the data
 * files the sitemap lists beside the pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Casebook } from '../model/casebook.ts';
import { allJurisdictions } from '../model/flows.ts';
import { casebookLastChanged, entityLastChanged, jurisdictionLastChanged } from '../model/last-changed.ts';
import { MENTION_KINDS } from '../model/mentions.ts';
import type { Urls } from '../model/urls.ts';

/** Path → last-modified partial date (a valid W3C datetime: YYYY, YYYY-MM or YYYY-MM-DD). */
export function lastModifiedByPath(book: Casebook, urls: Urls): Map<string, string> {
  const dates = new Map<string, string>();
  const set = (path: string, value: string | undefined) => value && dates.set(path, value);
  for (const record of book.cases) {
    set(urls.case(record.id), record.data.updated);
    set(urls.caseData(record.id), record.data.updated);
  }
  for (const kind of MENTION_KINDS) for (const id of book[kind].keys()) set(urls.entity(kind, id), entityLastChanged(book, kind, id));
  for (const code of allJurisdictions(book)) set(urls.jurisdiction(code), jurisdictionLastChanged(book, code));
  const newest = casebookLastChanged(book);
  for (const path of [urls.home, urls.cases, urls.timeline, urls.quotes]) set(path, newest);
  return dates;
}

/** Paths of retired case ids: redirect pages, not documents, so the sitemap leaves them out. */
export function retiredPaths(book: Casebook, urls: Urls): Set<string> {
  return new Set(book.cases.flatMap((record) => (record.data.aliases ?? []).map((alias) => urls.case(alias))));
}

/**
 * Absolute URLs of the per-case data files (/data/cases/<id>.json), for @astrojs/sitemap's
 * `customPages`: the integration lists pages only, not endpoints. Its options are fixed when the
 * config loads, before the content is read, so the ids come from the case file names (a case id
 * is its file name; a tree without cases/ has none, and the content check reports it).
 */
export function caseDataUrls(contentDir: string, urls: Urls, site: string): string[] {
  const dir = join(contentDir, 'cases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.slice(0, -'.mdx'.length))
    .sort()
    .map((id) => new URL(urls.caseData(id), site).href);
}
