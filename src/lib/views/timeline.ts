import type { Casebook } from '../model/casebook.ts';
import { globalTimeline } from '../model/timeline.ts';
import type { Urls } from '../model/urls.ts';
import { EVENT_KIND_LABELS } from '../model/labels.ts';
import { timelineRow } from './timeline-rows.ts';

export function timelineView(book: Casebook, urls: Urls) {
  const rows = globalTimeline(book).map(timelineRow(urls));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return {
    years: years.map((year) => ({ year, events: rows.filter((r) => r.year === year) })),
    kinds: Object.entries(EVENT_KIND_LABELS).filter(([kind]) => rows.some((r) => r.kind === kind)).map(([kind, label]) => ({ kind, label })),
  };
}
