/**
 * Geometry of a case's timeline graphic. Dates keep their precision: a day is a point,
 * a month spans its days and a year its months (a bar over the range, the kind's shape at
 * its middle). Two layouts of the same marks: horizontal for wide screens, vertical with
 * titles for phones. Pure: events in, numbers and path data out.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dateRange, precisionOf, type DatePrecision, type PartialDate } from '../../model/dates.ts';
import { eventSymbol, KIND_SYMBOLS, type EventKind } from './event-symbols.ts';
import { wrapLines } from './text-lines.ts';

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
  /**
   * The vertical layout writes the title beside the marks, on as many lines as it needs (up to
   * four), joined by a leader line to its first; `y` is the first line's middle.
   */
  text?: { x: number; y: number; lines: { y: number; value: string }[]; leader: string };
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

/**
 * The vertical layout, in units of a 360-unit-wide graphic (about a pixel each on a phone): tick
 * labels (11 units, ~6.2 a character) right-aligned left of the axis, the lanes of marks, then
 * the titles (12 units, ~6.3 a character), a line every 15 units and 5 between titles.
 */
const V = { width: 360, top: 16, bottom: 16, tickChar: 6.2, lane: 14, gap: 8, line: 15, titleGap: 5, bar: 12, charWidth: 6.3, maxLines: 6 };

/**
 * Spreads sorted positions so each is at least its size (`spacing`: one for all, or one per
 * position) before the next, each group of crowded labels centred on its marks (merging groups
 * that then overlap), none above `min`.
 */
export function dodge(targets: number[], spacing: number | readonly number[], min = -Infinity): number[] {
  const size = (k: number) => (typeof spacing === 'number' ? spacing : spacing[k]);
  /** Where each member of a group sits below the group's top, and how far the group reaches. */
  const stack = (members: number[]) => {
    let extent = 0;
    const offsets = members.map((k) => (extent += size(k)) - size(k));
    return { offsets, extent };
  };
  // The top that centres a group best on its marks: the mean of each target less its offset.
  const topOf = (members: number[]) => {
    const { offsets } = stack(members);
    return Math.max(min, members.reduce((sum, k, j) => sum + targets[k] - offsets[j], 0) / members.length);
  };
  const groups: { members: number[]; top: number }[] = [];
  for (const k of targets.keys()) {
    let group = { members: [k], top: topOf([k]) };
    // Merge backwards while the group before reaches into this one.
    while (groups.length && groups.at(-1)!.top + stack(groups.at(-1)!.members).extent > group.top) {
      const members = [...groups.pop()!.members, ...group.members];
      group = { members, top: topOf(members) };
    }
    groups.push(group);
  }
  return groups.flatMap((g) => stack(g.members).offsets.map((offset) => g.top + offset));
}

/**
 * Time runs top to bottom; lanes stack rightward; each title is written whole to the right (on
 * up to six lines: the title of an event the case cannot confirm starts "Unconfirmed:"), pushed
 * down where titles would collide. The axis sits just right of its longest tick label, so the
 * titles get all the width the marks leave.
 */
export function verticalTimeline(events: TimelineEventInput[]): TimelineGraphic {
  const length = Math.min(Math.max(events.length * 30, 200), 560);
  const scale = timelineScale(events.map((e) => e.date.iso), [V.top, V.top + length]);
  const dates = scale.ticks(Math.max(3, Math.round(length / 60)));
  const tickLabels = dates.map((date, i) => tickLabel(date, i === 0));
  const axis = round(Math.max(...tickLabels.map((l) => l.length)) * V.tickChar + 12);
  const lanesX = axis + 8;
  const placed = events.map((e) => placeEvent(e.date.iso, scale));
  const lanes = assignLanes(laneExtents(placed));
  const laneCount = Math.max(...lanes) + 1;
  const laneX = (lane: number) => lanesX + lane * V.lane + V.lane / 2;
  const textX = lanesX + laneCount * V.lane + V.gap;
  const maxChars = Math.floor((V.width - textX - 4) / V.charWidth);
  const lines = events.map((e) => wrapLines(e.title, maxChars, V.maxLines));
  // Titles in time order, each as near its mark as the titles around it allow.
  const order = events.map((_, i) => i).sort((a, b) => placed[a].at - placed[b].at || a - b);
  const spread = dodge(order.map((i) => placed[i].at), order.map((i) => lines[i].length * V.line + V.titleGap), V.top);
  const textY = new Array<number>(events.length);
  order.forEach((i, k) => (textY[i] = round(spread[k])));
  const lastLine = Math.max(...events.map((_, i) => textY[i] + (lines[i].length - 1) * V.line + V.line / 2));
  const bottom = Math.max(V.top + length, lastLine);
  const ticks = dates.map((date, i) => {
    const y = round(scale(date));
    return { x: axis - 8, y, dy: '.35em', anchor: 'end' as const, label: tickLabels[i], line: `M${axis - 4},${y}H${lanesX + laneCount * V.lane}` };
  });
  return {
    width: V.width,
    height: round(bottom + V.bottom),
    axis: `M${axis},${V.top}V${V.top + length}`,
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
        text: {
          x: textX,
          y: textY[i],
          lines: lines[i].map((value, k) => ({ y: round(textY[i] + k * V.line), value })),
          leader: `M${x + MARK_RADIUS + 2},${p.at}L${textX - 3},${textY[i]}`,
        },
        hits: [
          { x: x - V.lane / 2, y: round(lo - 1), width: V.lane, height: round(hi - lo + 2) },
          { x: textX - 2, y: round(textY[i] - V.line / 2), width: V.width - textX + 2, height: lines[i].length * V.line },
        ],
      };
    }),
  };
}
