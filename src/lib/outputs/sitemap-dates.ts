/** `lastmod` for the sitemap, from each page's last change (model/last-changed.ts). */
import type { Casebook } from '../model/casebook.ts';
import { allJurisdictions } from '../model/flows.ts';
import { casebookLastChanged, entityLastChanged, jurisdictionLastChanged } from '../model/last-changed.ts';
import { MENTION_KINDS } from '../model/mentions.ts';
import type { Urls } from '../model/urls.ts';

/** Path → last-modified partial date (a valid W3C datetime: YYYY, YYYY-MM or YYYY-MM-DD). */
export function lastModifiedByPath(book: Casebook, urls: Urls): Map<string, string> {
  const dates = new Map<string, string>();
  const set = (path: string, value: string | undefined) => value && dates.set(path, value);
  for (const record of book.cases) set(urls.case(record.id), record.data.updated);
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
