/**
 * Geometry of a case's timeline graphic. Dates keep their precision: a day is a point,
 * a month spans its days and a year its months (a bar over the range, the kind's shape at
 * its middle). Two layouts of the same marks: horizontal for wide screens, vertical with
 * titles for phones. Pure: events in, numbers and path data out.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dateRange, precisionOf, type DatePrecision, type PartialDate } from '../../model/dates.ts';
import { eventSymbol, KIND_SYMBOLS, type EventKind } from './event-symbols.ts';

/** What the graphic needs of an event (a row of the case view's `timeline`). */
export interface TimelineEventInput {
  anchor: string;
  date: { iso: PartialDate; text: string };
  kind: EventKind;
  kindLabel: string;
  title: string;
}

const DAY = 86_400_000;
/** Area of a kind's shape, in square units (about 12 units across). */
const MARK_SIZE = 110;
const MARK_RADIUS = 6;
const round = (value: number) => Math.round(value * 10) / 10;
const utcDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

/** The time a partial date can mean, end exclusive: a day is one day, a month all its days, a year all its months. */
export function eventSpan(iso: PartialDate): { start: Date; end: Date; precision: DatePrecision } {
  const { start, end } = dateRange(iso);
  return { start: utcDay(start), end: new Date(utcDay(end).getTime() + DAY), precision: precisionOf(iso) };
}

/** A time scale over every event's whole span, padded a little and extended to round dates. */
export function timelineScale(dates: PartialDate[], range: [number, number]): ScaleTime<number, number> {
  const spans = dates.map(eventSpan);
  const lo = Math.min(...spans.map((s) => s.start.getTime()));
  const hi = Math.max(...spans.map((s) => s.end.getTime()));
  const pad = Math.max((hi - lo) * 0.03, 20 * DAY);
  return scaleUtc().domain([new Date(lo - pad), new Date(hi + pad)]).range(range).nice();
}

export interface Placement {
  /** Where the event's span begins and ends on the axis. */
  from: number;
  to: number;
  /** Where its shape goes: a day at its middle, a month or year at the middle of the range. */
  at: number;
  precision: DatePrecision;
}

/** Places one event on a scale. */
export function placeEvent(iso: PartialDate, scale: ScaleTime<number, number>): Placement {
  const { start, end, precision } = eventSpan(iso);
  const [from, to] = [scale(start), scale(end)];
  return { from: round(from), to: round(to), at: round((from + to) / 2), precision };
}

/**
 * Stacks marks into lanes so none covers another: each goes to the first lane whose last mark
 * ends before it begins (its bar or its shape, plus a gap). Returns each mark's lane.
 */
export function assignLanes(extents: { lo: number; hi: number }[], gap = 3): number[] {
  const ends: number[] = [];
  const lanes = new Array<number>(extents.length);
  const order = extents.map((e, i) => ({ ...e, i })).sort((a, b) => a.lo - b.lo || a.i - b.i);
  for (const { lo, hi, i } of order) {
    let lane = ends.findIndex((end) => end + gap <= lo);
    if (lane === -1) lane = ends.length;
    ends[lane] = hi;
    lanes[i] = lane;
  }
  return lanes;
}

const monthName = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

/** Tick labels: a year on 1 January, a month on the 1st, else day and month; the first tick names its year. */
export function tickLabel(date: Date, first: boolean): string {
  const year = String(date.getUTCFullYear());
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return year;
  const month = monthName.format(date);
  const text = date.getUTCDate() === 1 ? month : `${date.getUTCDate()} ${month}`;
  return first ? `${text} ${year}` : text;
}

export interface Box { x: number; y: number; width: number; height: number }

export interface TimelineMark {
  anchor: string;
  kind: EventKind;
  /** Tooltip and link name: date, kind and title. */
  label: string;
  symbol: string;
  outlined: boolean;
  x: number;
  y: number;
  /** The range a month or year covers; absent for a day. */
  bar?: Box;
  /** The vertical layout writes the title beside the marks, joined by a leader line. */
  text?: { x: number; y: number; value: string; leader: string };
  /** Where a pointer selects the event: the mark (and its band), and the title where there is one. */
  hits: Box[];
}

export interface TimelineTick { x: number; y: number; dy: string; anchor: 'middle' | 'end'; label: string; line: string }

export interface TimelineGraphic {
  width: number;
  height: number;
  axis: string;
  ticks: TimelineTick[];
  marks: TimelineMark[];
}

const markLabel = (e: TimelineEventInput, precision: DatePrecision) =>
  `${e.date.text}${precision === 'day' ? '' : ` (known to the ${precision})`} · ${e.kindLabel}: ${e.title}`;

function laneExtents(placed: Placement[]) {
  return placed.map((p) => ({ lo: Math.min(p.from, p.at - MARK_RADIUS), hi: Math.max(p.to, p.at + MARK_RADIUS) }));
}

function baseMark(event: TimelineEventInput, p: Placement) {
  return { anchor: event.anchor, kind: event.kind, label: markLabel(event, p.precision), symbol: eventSymbol(event.kind, MARK_SIZE), outlined: KIND_SYMBOLS[event.kind].outlined ?? false };
}

const H = { width: 720, side: 24, top: 14, lane: 22, bar: 16 };

/** Time runs left to right; lanes stack downward; the axis and its labels sit below. */
export function horizontalTimeline(events: TimelineEventInput[]): TimelineGraphic {
  const scale = timelineScale(events.map((e) => e.date.iso), [H.side, H.width - H.side]);
  const placed = events.map((e) => placeEvent(e.date.iso, scale));
  const lanes = assignLanes(laneExtents(placed));
  const axisY = H.top + (Math.max(...lanes) + 1) * H.lane;
  const laneY = (lane: number) => H.top + lane * H.lane + H.lane / 2;
  const ticks = scale.ticks(8).map((date, i) => {
    const x = round(scale(date));
    return { x, y: axisY + 18, dy: '0', anchor: 'middle' as const, label: tickLabel(date, i === 0), line: `M${x},${H.top}V${axisY + 5}` };
  });
  return {
    width: H.width,
    height: axisY + 26,
    axis: `M${H.side},${axisY}H${H.width - H.side}`,
    ticks,
    marks: events.map((event, i) => {
      const p = placed[i];
      const y = laneY(lanes[i]);
      const { lo, hi } = laneExtents([p])[0];
      return {
        ...baseMark(event, p),
        x: p.at,
        y,
        bar: p.precision === 'day' ? undefined : { x: p.from, y: y - H.bar / 2, width: round(Math.max(p.to - p.from, 1)), height: H.bar },
        hits: [{ x: round(lo - 1), y: y - H.lane / 2, width: round(hi - lo + 2), height: H.lane }],
      };
    }),
  };
}

const V = { width: 360, top: 16, bottom: 16, axis: 56, lanes: 64, lane: 16, gap: 10, line: 17, bar: 14, charWidth: 6.6 };

/** Shortens a title to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Spreads sorted positions so neighbours are at least `spacing` apart, each group of
 * crowded labels centred on its marks (merging groups that then overlap), none above `min`.
 */
export function dodge(targets: number[], spacing: number, min = -Infinity): number[] {
  const groups: { targets: number[]; top: number }[] = [];
  const topOf = (ts: number[]) => Math.max(min, ts.reduce((a, b) => a + b, 0) / ts.length - ((ts.length - 1) * spacing) / 2);
  for (const target of targets) {
    let group = { targets: [target], top: topOf([target]) };
    // Merge backwards while the group before reaches into this one.
    while (groups.length && groups.at(-1)!.top + groups.at(-1)!.targets.length * spacing > group.top) {
      const previous = groups.pop()!;
      const merged = [...previous.targets, ...group.targets];
      group = { targets: merged, top: topOf(merged) };
    }
    groups.push(group);
  }
  return groups.flatMap((g) => g.targets.map((_, k) => g.top + k * spacing));
}

/** Time runs top to bottom; lanes stack rightward; each title is written to the right, pushed down where titles would collide. */
export function verticalTimeline(events: TimelineEventInput[]): TimelineGraphic {
  const length = Math.min(Math.max(events.length * 30, 200), 560);
  const scale = timelineScale(events.map((e) => e.date.iso), [V.top, V.top + length]);
  const placed = events.map((e) => placeEvent(e.date.iso, scale));
  const lanes = assignLanes(laneExtents(placed));
  const laneCount = Math.max(...lanes) + 1;
  const laneX = (lane: number) => V.lanes + lane * V.lane + V.lane / 2;
  const textX = V.lanes + laneCount * V.lane + V.gap;
  const maxChars = Math.floor((V.width - textX - 4) / V.charWidth);
  // Titles in time order, each as near its mark as the titles around it allow.
  const order = events.map((_, i) => i).sort((a, b) => placed[a].at - placed[b].at || a - b);
  const spread = dodge(order.map((i) => placed[i].at), V.line, V.top);
  const textY = new Array<number>(events.length);
  order.forEach((i, k) => (textY[i] = round(spread[k])));
  const last = Math.max(...spread);
  const bottom = Math.max(V.top + length, last);
  const ticks = scale.ticks(Math.max(3, Math.round(length / 60))).map((date, i) => {
    const y = round(scale(date));
    return { x: V.axis - 8, y, dy: '.35em', anchor: 'end' as const, label: tickLabel(date, i === 0), line: `M${V.axis - 4},${y}H${V.lanes + laneCount * V.lane}` };
  });
  return {
    width: V.width,
    height: round(bottom + V.bottom),
    axis: `M${V.axis},${V.top}V${V.top + length}`,
    ticks,
    marks: events.map((event, i) => {
      const p = placed[i];
      const x = laneX(lanes[i]);
      const { lo, hi } = laneExtents([p])[0];
      return {
        ...baseMark(event, p),
        x,
        y: p.at,
        bar: p.precision === 'day' ? undefined : { x: x - V.bar / 2, y: p.from, width: V.bar, height: round(Math.max(p.to - p.from, 1)) },
        text: { x: textX, y: textY[i], value: truncate(event.title, maxChars), leader: `M${x + MARK_RADIUS + 2},${p.at}L${textX - 3},${textY[i]}` },
        hits: [
          { x: x - V.lane / 2, y: round(lo - 1), width: V.lane, height: round(hi - lo + 2) },
          { x: textX - 2, y: round(textY[i] - V.line / 2), width: V.width - textX + 2, height: V.line },
        ],
      };
    }),
  };
}
