/**
 * The case timeline graphic's view model, from the case view's `timeline`: both layouts,
 * a legend of the kinds present, the text alternative and the data table.
 */
import { precisionOf, type DatePrecision } from '../../model/dates.ts';
import { horizontalTimeline, verticalTimeline, type TimelineEventInput } from './case-timeline.ts';
import { eventSymbol, KIND_SYMBOLS, type EventKind } from './event-symbols.ts';

const PRECISION_TEXT: Record<DatePrecision, string> = { day: 'day', month: 'month', year: 'year' };
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The graphic's view model; undefined for a single event (a lone mark says nothing the list does not). */
export function caseTimelineView(events: TimelineEventInput[], id = 'timeline-chart') {
  if (events.length < 2) return undefined;
  const kinds = (Object.keys(KIND_SYMBOLS) as EventKind[]).filter((kind) => events.some((e) => e.kind === kind));
  const byKind = kinds.map((kind) => {
    const n = events.filter((e) => e.kind === kind).length;
    if (kind === 'other') return n === 1 ? '1 of another kind' : `${n} of other kinds`;
    return count(n, events.find((e) => e.kind === kind)!.kindLabel.toLowerCase());
  });
  const partial = events.filter((e) => precisionOf(e.date.iso) !== 'day').length;
  const [first, last] = [events[0], events.at(-1)!];
  return {
    id,
    title: 'Timeline of the case',
    desc:
      `${count(events.length, 'event')} from ${first.date.text} to ${last.date.text}: ${byKind.join(', ')}. ` +
      (partial ? `${count(partial, 'event')} dated only to a month or year, drawn over a band covering that time. ` : '') +
      'Every event is in the list below.',
    horizontal: horizontalTimeline(events),
    vertical: verticalTimeline(events),
    legend: {
      kinds: kinds.map((kind) => ({ kind, label: events.find((e) => e.kind === kind)!.kindLabel, symbol: eventSymbol(kind, 80), outlined: KIND_SYMBOLS[kind].outlined ?? false })),
      /** Shown when some date is partial: a band with a mark at its middle. */
      band: partial > 0 ? { symbol: eventSymbol('report', 80) } : undefined,
    },
    rows: events.map((e) => ({ href: `#${e.anchor}`, iso: e.date.iso, date: e.date.text, precision: PRECISION_TEXT[precisionOf(e.date.iso)], kind: e.kindLabel, title: e.title })),
  };
}
export type CaseTimelineView = NonNullable<ReturnType<typeof caseTimelineView>>;
