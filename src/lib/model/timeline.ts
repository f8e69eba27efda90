import type { TimelineEvent } from '../content/schema/case.ts';
import { caseAnchors } from './anchors.ts';
import type { Casebook, CaseRecord } from './casebook.ts';
import { comparePartialDates } from './dates.ts';
import { pushTo } from './lists.ts';
import { memoized } from './memoized.ts';

export interface TimelineEntry {
  record: CaseRecord;
  event: TimelineEvent;
  anchor: string;
}

/** Every event of every case, in date order (undated precision first), linking to its anchor. */
export const globalTimeline = memoized((book: Casebook): TimelineEntry[] =>
  book.cases
    .flatMap((record) => caseAnchors(record.data).events.map(({ event, anchor }) => ({ record, event, anchor })))
    .sort((a, b) => comparePartialDates(a.event.date, b.event.date) || a.record.id.localeCompare(b.record.id, 'en')),
);

/** Each case's places in the global timeline, so a page of some cases need not scan every event. */
const timelinePlaces = memoized((book: Casebook) => {
  const places = new Map<string, number[]>();
  globalTimeline(book).forEach(({ record }, at) => pushTo(places, record.id, at));
  return places;
});

/** The events of these cases, in the global timeline's order. */
export function timelineOfCases(book: Casebook, caseIds: Iterable<string>): TimelineEntry[] {
  const all = globalTimeline(book);
  const places = timelinePlaces(book);
  return [...caseIds].flatMap((id) => places.get(id) ?? []).sort((a, b) => a - b).map((at) => all[at]);
}
