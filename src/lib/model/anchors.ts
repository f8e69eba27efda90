/**
 * Anchor ids on a case page. A report links to them, so they derive from what a thing
 * is (date + title, speaker + date), not from where it sits, and every page that links
 * to an event or quote (global timeline, person pages) gets the id from here.
 */
import { comparePartialDates } from './dates.ts';
import type { CaseData, Quote, TimelineEvent } from '../content/schema/case.ts';
import { createIdAllocator, slugify } from './slug.ts';

/** Page sections, in order; their ids are part of the public URL contract. */
export const CASE_SECTIONS = [
  { id: 'key-facts', title: 'Key facts' },
  { id: 'parties', title: 'Parties and regulators' },
  { id: 'positions', title: 'Positions' },
  { id: 'timeline', title: 'Timeline' },
  { id: 'quotes', title: 'Quotes' },
  { id: 'narrative', title: 'The case in detail' },
  { id: 'sources', title: 'Sources' },
  { id: 'changes', title: 'Changes to this page' },
] as const;
export type CaseSectionId = (typeof CASE_SECTIONS)[number]['id'];

/** Ids already taken on a case page: sections and sources. Events and quotes get theirs after, in that order. */
export function caseAnchorAllocator(data: CaseData) {
  return createIdAllocator([...CASE_SECTIONS.map((s) => s.id), ...data.sources.map((s) => `source-${s.id}`), 'summary', 'top', 'related']);
}

/** Timeline events by date; events on the same date keep their order in the file. */
export function sortTimeline(data: CaseData): TimelineEvent[] {
  return data.timeline
    .map((event, order) => ({ event, order }))
    .sort((a, b) => comparePartialDates(a.event.date, b.event.date) || a.order - b.order)
    .map(({ event }) => event);
}

/** `event-2018-04-kakao-pay-starts-sending-customer-data`: from what the event is, not where it sits. */
export function eventAnchor(event: TimelineEvent): string {
  return `event-${event.date}-${slugify(event.title, 6)}`;
}

/** Quotes by date; same-day quotes keep their order in the file. */
export function sortQuotes(data: CaseData): Quote[] {
  return data.quotes === undefined ? [] : [...data.quotes].sort((a, b) => comparePartialDates(a.date, b.date));
}

export function quoteAnchor(quote: Quote): string {
  return `quote-${quote.person}-${quote.date}`;
}

/** Event anchors, then quote anchors, allocated in the page's own order. */
export function caseAnchors(data: CaseData) {
  const allocate = caseAnchorAllocator(data);
  const events = sortTimeline(data).map((event) => ({ event, anchor: allocate(eventAnchor(event)) }));
  const quotes = sortQuotes(data).map((quote) => ({ quote, anchor: allocate(quoteAnchor(quote)) }));
  return { events, quotes };
}

/** Changelog entries, newest first, each with its anchor (`change-2024-09-02`): feeds link to them. */
export function changeAnchors(data: CaseData): { date: string; summary: string; anchor: string }[] {
  const allocate = createIdAllocator();
  return [...(data.changes ?? [])]
    .map((change, order) => ({ change, order }))
    .sort((a, b) => comparePartialDates(b.change.date, a.change.date) || a.order - b.order)
    .map(({ change }) => ({ ...change, anchor: allocate(`change-${change.date}`) }));
}
