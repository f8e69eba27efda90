/**
 * `lastmod` for the sitemap: a case page changes when its `updated` date does; an
 * entity or jurisdiction page when any of its cases does; lists when any case does.
 */
import type { Casebook } from '../model/casebook.ts';
import { casesOfFirm, casesOfRegulator, casesCitingLaw, allJurisdictions, jurisdictionSummary, quotesOfPerson } from '../model/graph.ts';
import type { Urls } from '../model/urls.ts';

const latest = (dates: string[]) => [...dates].sort().at(-1);

/** Path → last-modified partial date (a valid W3C datetime: YYYY, YYYY-MM or YYYY-MM-DD). */
export function lastModifiedByPath(book: Casebook, urls: Urls): Map<string, string> {
  const dates = new Map<string, string>();
  const set = (path: string, value: string | undefined) => value && dates.set(path, value);
  for (const record of book.cases) set(urls.case(record.id), record.data.updated);
  for (const id of book.firms.keys()) set(urls.entity('firms', id), latest(casesOfFirm(book, id).map((c) => c.record.data.updated)));
  for (const id of book.regulators.keys()) set(urls.entity('regulators', id), latest(casesOfRegulator(book, id).map((c) => c.record.data.updated)));
  for (const id of book.laws.keys()) set(urls.entity('laws', id), latest(casesCitingLaw(book, id).map((c) => c.record.data.updated)));
  for (const id of book.people.keys()) set(urls.entity('people', id), latest(quotesOfPerson(book, id).map((q) => q.record.data.updated)));
  for (const code of allJurisdictions(book)) set(urls.jurisdiction(code), latest(jurisdictionSummary(book, code).cases.map((r) => r.data.updated)));
  const newest = latest(book.cases.map((r) => r.data.updated));
  for (const path of [urls.home, urls.cases, urls.timeline, urls.quotes]) set(path, newest);
  return dates;
}

/** Paths of retired case ids: redirect pages, not documents, so the sitemap leaves them out. */
export function retiredPaths(book: Casebook, urls: Urls): Set<string> {
  return new Set(book.cases.flatMap((record) => (record.data.aliases ?? []).map((alias) => urls.case(alias))));
}
