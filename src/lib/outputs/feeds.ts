/**
 * Feed entries: one per new case and one per substantive update (each `changes` entry),
 * so a reader following a firm, a regulator or a jurisdiction sees every change.
 * Dates are partial; an entry is dated at the first day its date can mean (UTC).
 */
import type { Casebook, CaseRecord } from '../model/casebook.ts';
import { changeAnchors } from '../model/anchors.ts';
import { comparePartialDates, dateRange, formatPartialDate } from '../model/dates.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { casesNaming, casesTouching } from '../model/mentions.ts';

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
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link, 'en'));
}

/**
 * The cases a firm's, regulator's or jurisdiction's feed follows: exactly the cases its page lists
 * (model/mentions.ts), so a follower sees every update to every case that names it.
 */
export const FEED_SCOPES = {
  firms: (book: Casebook, id: string) => casesNaming(book, 'firms', id).map((c) => c.record),
  regulators: (book: Casebook, id: string) => casesNaming(book, 'regulators', id).map((c) => c.record),
  jurisdictions: (book: Casebook, code: string) => casesTouching(book, code).map((c) => c.record),
} as const;

/**
 * The feed of one firm, regulator or jurisdiction: its title, description and entries, which is
 * all its file holds (feed-response.ts renders them), so its route keys the file by this.
 */
export function scopedFeed(book: Casebook, scope: keyof typeof FEED_SCOPES, id: string, caseUrl: (id: string) => string) {
  const entries = feedEntries(FEED_SCOPES[scope](book, id), caseUrl);
  if (scope === 'jurisdictions') {
    const name = jurisdictionName(id);
    return { title: name, description: `New and updated cases with data flowing into or out of ${name}, or in which one of its authorities acted.`, entries };
  }
  const name = (scope === 'firms' ? book.firms : book.regulators).get(id)!.name;
  return { title: name, description: `New and updated cases involving ${name}.`, entries };
}
