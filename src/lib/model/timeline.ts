import type { TimelineEvent } from '../content/schema/case.ts';
import { caseAnchors } from './anchors.ts';
import type { Casebook, CaseRecord } from './casebook.ts';
import { comparePartialDates } from './dates.ts';
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
