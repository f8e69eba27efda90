import type { Casebook } from '../model/casebook.ts';
import { lastChangedOf } from '../model/last-changed.ts';
import { globalTimeline } from '../model/timeline.ts';
import type { Urls } from '../model/urls.ts';
import type { PageCitation } from '../outputs/page-meta.ts';
import { EVENT_KIND_LABELS } from '../model/labels.ts';
import { timelineRow } from './timeline-rows.ts';

/**
 * The global timeline, or the events of one kind, grouped by year and headed `title`; it last
 * changed when the newest case with an event on it did.
 */
export function timelineView(book: Casebook, urls: Urls, filter: { kind?: string }, title: string) {
  const entries = globalTimeline(book);
  const shown = entries.filter(({ event }) => !filter.kind || event.kind === filter.kind);
  const rows = shown.map(timelineRow(urls));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const citation: PageCitation = {
    title,
    path: filter.kind ? `${urls.timeline}kind/${filter.kind}/` : urls.timeline,
    updated: lastChangedOf([...new Set(shown.map(({ record }) => record))]),
  };
  return {
    years: years.map((year) => ({ year, events: rows.filter((r) => r.year === year) })),
    kinds: Object.entries(EVENT_KIND_LABELS).filter(([kind]) => entries.some(({ event }) => event.kind === kind)).map(([kind, label]) => ({ kind, label })),
    citation,
  };
}
