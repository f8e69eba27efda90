/**
 * Feed entries: one per new case and one per substantive update (each `changes` entry),
 * so a reader following a firm, a regulator or a jurisdiction sees every change.
 * Dates are partial; an entry is dated at the first day its date can mean (UTC).
 */
import type { Casebook, CaseRecord } from './casebook.ts';
import { changeAnchors } from './anchors.ts';
import { comparePartialDates, dateRange, formatPartialDate } from './dates.ts';

export interface FeedEntry {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** A case's entries: its first publication and each later change, linking to the change's anchor on the page. */
export function caseFeedEntries(record: CaseRecord, caseUrl: string): FeedEntry[] {
  const { data } = record;
  const changes = changeAnchors(data);
  if (changes.length === 0) {
    return [{ title: `New case: ${data.title}`, link: caseUrl, pubDate: startOf(data.updated), description: data.summary, categories: [data.status, ...(data.tags ?? [])] }];
  }
  const oldest = [...changes].sort((a, b) => comparePartialDates(a.date, b.date))[0];
  return changes.map((change) => ({
    title: change === oldest ? `New case: ${data.title}` : `Updated: ${data.title}`,
    link: `${caseUrl}#${change.anchor}`,
    pubDate: startOf(change.date),
    description: `${formatPartialDate(change.date)}: ${change.summary} ${data.summary}`,
    categories: [data.status, ...(data.tags ?? [])],
  }));
}

const startOf = (date: string) => new Date(`${dateRange(date).start}T00:00:00Z`);

/** Entries of the given cases, newest first; ties broken by link so two builds agree. */
export function feedEntries(cases: readonly CaseRecord[], caseUrl: (id: string) => string): FeedEntry[] {
  return cases
    .flatMap((record) => caseFeedEntries(record, caseUrl(record.id)))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}

/** Cases a firm, regulator or jurisdiction feed follows. */
export const FEED_SCOPES = {
  firms: (book: Casebook, id: string) =>
    book.cases.filter((r) => r.data.parties.some((p) => p.firm === id) || r.data.flows.some((f) => f.exporter === id || f.importer === id)),
  regulators: (book: Casebook, id: string) =>
    book.cases.filter((r) => (r.data.regulators ?? []).some((x) => x.regulator === id) || (r.data.penalties ?? []).some((p) => p.authority === id)),
  jurisdictions: (book: Casebook, code: string) => book.cases.filter((r) => r.data.flows.some((f) => f.from === code || f.to === code)),
} as const;
