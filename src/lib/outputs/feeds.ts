/**
 * Feed entries: one per new case and one per substantive update (each `changes` entry),
 * so a reader following a firm, a regulator or a jurisdiction sees every change.
 * Dates are partial; an entry is dated at the first day its date can mean (UTC).
 */
import type { Casebook, CaseRecord } from '../model/casebook.ts';
import { changeAnchors } from '../model/anchors.ts';
import { comparePartialDates, dateRange, formatPartialDate } from '../model/dates.ts';
import { memoized, pushTo, unique } from '../model/graph.ts';

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

/** Cases each firm, regulator and jurisdiction feed follows, in the Casebook's order: one pass per build. */
const feedScopes = memoized((book: Casebook) => {
  const scopes = { firms: new Map<string, CaseRecord[]>(), regulators: new Map<string, CaseRecord[]>(), jurisdictions: new Map<string, CaseRecord[]>() };
  for (const record of book.cases) {
    const { data } = record;
    const firms = [...data.parties.map((p) => p.firm), ...data.flows.flatMap((f) => [f.exporter, f.importer]).filter((id): id is string => id !== undefined)];
    for (const id of unique(firms)) pushTo(scopes.firms, id, record);
    for (const id of unique([...(data.regulators ?? []).map((r) => r.regulator), ...(data.penalties ?? []).map((p) => p.authority)])) pushTo(scopes.regulators, id, record);
    for (const code of unique(data.flows.flatMap((f) => [f.from, f.to]))) pushTo(scopes.jurisdictions, code, record);
  }
  return scopes;
});

/** Cases a firm (a party, exporter or importer), regulator (listed or imposing a penalty) or jurisdiction (either end of a flow) feed follows. */
export const FEED_SCOPES = {
  firms: (book: Casebook, id: string) => feedScopes(book).firms.get(id) ?? [],
  regulators: (book: Casebook, id: string) => feedScopes(book).regulators.get(id) ?? [],
  jurisdictions: (book: Casebook, code: string) => feedScopes(book).jurisdictions.get(code) ?? [],
} as const;
