import { describe, expect, test } from 'vitest';
import { caseTimelineView } from '../../../../src/lib/views/charts/case-timeline-view.ts';
import {
  assignLanes, dodge, eventSpan, horizontalTimeline, placeEvent, tickLabel, timelineScale, verticalTimeline,
  type TimelineEventInput,
} from '../../../../src/lib/views/charts/case-timeline.ts';
import { scaleUtc } from 'd3-scale';

const DAY = 86_400_000;
const days = (span: { start: Date; end: Date }) => (span.end.getTime() - span.start.getTime()) / DAY;
const event = (iso: string, kind: TimelineEventInput['kind'] = 'report', title = `Event of ${iso}`): TimelineEventInput => ({
  anchor: `event-${iso}`,
  date: { iso, text: iso },
  kind,
  kindLabel: kind[0].toUpperCase() + kind.slice(1),
  title,
});

describe('eventSpan', () => {
  test.each([
    { iso: '2024-08-13', days: 1, start: '2024-08-13', precision: 'day' },
    { iso: '2024-02', days: 29, start: '2024-02-01', precision: 'month' },
    { iso: '2023-02', days: 28, start: '2023-02-01', precision: 'month' },
    { iso: '2024-04', days: 30, start: '2024-04-01', precision: 'month' },
    { iso: '2024', days: 366, start: '2024-01-01', precision: 'year' },
    { iso: '2023', days: 365, start: '2023-01-01', precision: 'year' },
  ])('$iso covers $days days from $start', ({ iso, days: expected, start, precision }) => {
    const span = eventSpan(iso);
    expect(days(span)).toBe(expected);
    expect(span.start.toISOString().slice(0, 10)).toBe(start);
    expect(span.precision).toBe(precision);
  });
});

describe('placeEvent', () => {
  // One unit per day over 2024, so positions read as day numbers.
  const scale = scaleUtc().domain([new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2025, 0, 1))]).range([0, 366]);

  test('a day is a point in the middle of its day', () => {
    expect(placeEvent('2024-01-10', scale)).toEqual({ from: 9, to: 10, at: 9.5, precision: 'day' });
  });

  test('a month spans all its days', () => {
    expect(placeEvent('2024-02', scale)).toEqual({ from: 31, to: 60, at: 45.5, precision: 'month' });
  });

  test('a year spans all its months', () => {
    const year = placeEvent('2024', scale);
    expect(year).toMatchObject({ from: 0, to: 366, precision: 'year' });
    for (const month of ['2024-01', '2024-06', '2024-12']) {
      const m = placeEvent(month, scale);
      expect(m.from).toBeGreaterThanOrEqual(year.from);
      expect(m.to).toBeLessThanOrEqual(year.to);
    }
  });

  test('keeps chronological order: a year starts before its months, a month before its days', () => {
    const [year, month, day] = ['2024', '2024-05', '2024-05-03'].map((iso) => placeEvent(iso, scale));
    expect(year.from).toBeLessThan(month.from);
    expect(month.from).toBeLessThan(day.at);
    expect(day.at).toBeLessThan(month.to);
  });
});

test('the scale covers every event whole, with round ends', () => {
  const scale = timelineScale(['2019', '2021-03-15'], [0, 100]);
  const [lo, hi] = scale.domain();
  expect(lo.getTime()).toBeLessThanOrEqual(Date.UTC(2019, 0, 1));
  expect(hi.getTime()).toBeGreaterThanOrEqual(Date.UTC(2021, 2, 16));
  expect(scale.range()).toEqual([0, 100]);
});

describe('assignLanes', () => {
  test('puts overlapping marks in separate lanes and reuses a lane once it is free', () => {
    expect(assignLanes([{ lo: 0, hi: 10 }, { lo: 5, hi: 15 }, { lo: 20, hi: 30 }, { lo: 8, hi: 9 }])).toEqual([0, 1, 0, 2]);
  });
});

describe('tickLabel', () => {
  test.each([
    { date: Date.UTC(2024, 0, 1), first: false, expected: '2024' },
    { date: Date.UTC(2024, 3, 1), first: false, expected: 'Apr' },
    { date: Date.UTC(2024, 3, 1), first: true, expected: 'Apr 2024' },
    { date: Date.UTC(2024, 7, 13), first: false, expected: '13 Aug' },
  ])('labels $expected', ({ date, first, expected }) => {
    expect(tickLabel(new Date(date), first)).toBe(expected);
  });
});

describe('dodge', () => {
  test('leaves labels that do not collide where they are', () => {
    expect(dodge([0, 50, 100], 10)).toEqual([0, 50, 100]);
  });

  test('centres a crowded group on its marks, spacing it evenly', () => {
    expect(dodge([50, 50, 50], 10)).toEqual([40, 50, 60]);
  });

  test('never goes above the minimum', () => {
    expect(dodge([0, 0], 10, 0)).toEqual([0, 10]);
  });

  test('gives each label its own size: a label of two lines pushes the next one twice as far', () => {
    expect(dodge([0, 0, 100], [30, 10, 10])).toEqual([-15, 15, 100]);
    expect(dodge([0, 20], [30, 10])).toEqual([-5, 25]);
  });
});

describe('layouts', () => {
  const events = [event('2018-04', 'agreement'), event('2024-08-13', 'report'), event('2024-08-13', 'statement'), event('2024-09-01', 'sanction'), event('2024', 'other')];

  test('horizontal: time runs left to right, and same-day events do not cover each other', () => {
    const { marks, width } = horizontalTimeline(events);
    expect(marks[0].x).toBeLessThan(marks[1].x);
    expect(marks[1].x).toBeLessThan(marks[3].x);
    expect(marks[1].x).toBe(marks[2].x);
    expect(marks[1].y).not.toBe(marks[2].y);
    expect(marks.every((m) => m.x > 0 && m.x < width)).toBe(true);
  });

  test('horizontal: a day has no bar; a month and a year have one over their range', () => {
    const { marks } = horizontalTimeline(events);
    expect(marks[1].bar).toBeUndefined();
    expect(marks[0].bar!.width).toBeGreaterThan(0);
    expect(marks[4].bar!.width).toBeGreaterThan(marks[0].bar!.width * 11);
  });

  test('vertical: time runs downward and titles never collide', () => {
    const { marks } = verticalTimeline(events);
    expect(marks[0].y).toBeLessThan(marks[3].y);
    const ys = marks.map((m) => m.text!.y).sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]).toBeGreaterThanOrEqual(15));
  });

  // Titles as long as the shipped ones (up to 115 characters), four on one day.
  const long = [
    event('2018-04', 'agreement', 'Kakao Pay starts sending customer data to Alipay'),
    event('2024-08-13', 'report', 'Second hearing; the court names the key issue as whether the source data and the NSF score are the same information'),
    event('2024-08-13', 'statement', 'Kakao Pay denies that it provided information illegally'),
    event('2024-08-13', 'sanction', 'FSS sanctions review committee proposes a penalty surcharge of about KRW 15 billion'),
    event('2024-08-13', 'other', 'The court stays the corrective and publication orders against Kakao Pay, but not the surcharge'),
  ];

  test('vertical: every title is written whole, on lines that fit beside the marks', () => {
    const { marks, width } = verticalTimeline(long);
    marks.forEach((mark, i) => {
      expect(mark.text!.lines.map((l) => l.value).join(' ')).toBe(long[i].title);
      // About 6.3 units a character at 12 units.
      for (const line of mark.text!.lines) expect(mark.text!.x + line.value.length * 6.3).toBeLessThanOrEqual(width);
    });
    expect(Math.max(...marks.map((m) => m.text!.lines.length))).toBeGreaterThan(1);
  });

  test("vertical: a title's lines never run into the next title, and the picture holds the last", () => {
    const { marks, height } = verticalTimeline(long);
    const blocks = marks.map((m) => ({ top: m.text!.y, bottom: m.text!.lines.at(-1)!.y })).sort((a, b) => a.top - b.top);
    blocks.slice(1).forEach((block, i) => expect(block.top - blocks[i].bottom).toBeGreaterThanOrEqual(15));
    expect(blocks.at(-1)!.bottom + 7.5).toBeLessThanOrEqual(height);
  });

  test('each kind gets its own shape, and marks link to the list entries', () => {
    const { marks } = horizontalTimeline(events);
    expect(new Set(marks.map((m) => m.symbol)).size).toBe(5);
    expect(marks[0].anchor).toBe('event-2018-04');
    expect(marks[0].label).toBe('2018-04 (known to the month) · Agreement: Event of 2018-04');
  });
});

describe('caseTimelineView', () => {
  test('is absent for a single event', () => {
    expect(caseTimelineView([event('2020')])).toBeUndefined();
  });

  test('describes the events in words and lists them for the data table', () => {
    const view = caseTimelineView([event('2018-04', 'agreement'), event('2024-08-13'), event('2024-09-01', 'sanction')])!;
    expect(view.desc).toBe(
      '3 events from 2018-04 to 2024-09-01: 1 report, 1 sanction, 1 agreement. 1 event dated only to a month or year, drawn over a band covering that time. Every event is in the list below.',
    );
    expect(view.rows[0]).toEqual({ href: '#event-2018-04', iso: '2018-04', date: '2018-04', precision: 'month', kind: 'Agreement', title: 'Event of 2018-04' });
    expect(view.legend.kinds.map((k) => k.kind)).toEqual(['report', 'sanction', 'agreement']);
  });
});
