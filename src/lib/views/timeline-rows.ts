import { yearOf } from '../model/dates.ts';
import type { TimelineEntry } from '../model/timeline.ts';
import type { Urls } from '../model/urls.ts';
import { dateView } from './dates.ts';
import { EVENT_KIND_LABELS, eventTitle } from '../model/labels.ts';

/** One event of a timeline list (global, per kind, per regulator), linking to its anchor on the case page. */
export const timelineRow = (urls: Urls) => ({ record, event, anchor }: TimelineEntry) => ({
  href: `${urls.case(record.id)}#${anchor}`,
  caseTitle: record.data.title,
  caseHref: urls.case(record.id),
  date: dateView(event.date),
  year: yearOf(event.date),
  kind: event.kind,
  kindLabel: EVENT_KIND_LABELS[event.kind],
  title: eventTitle(event),
});
