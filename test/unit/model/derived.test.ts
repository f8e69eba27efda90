import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { firmFamily } from '../../../src/lib/model/family.ts';
import { allJurisdictions, jurisdictionFlows } from '../../../src/lib/model/flows.ts';
import { relatedCases } from '../../../src/lib/model/related.ts';
import { casebookStats } from '../../../src/lib/model/stats.ts';
import { globalTimeline } from '../../../src/lib/model/timeline.ts';

let book: Casebook;
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

test('a firm knows its parent chain and subsidiaries', () => {
  expect(firmFamily(book, 'example-pay')).toEqual({ parents: ['example-group'], subsidiaries: [] });
  expect(firmFamily(book, 'example-group').subsidiaries).toEqual(['example-pay']);
});

describe('a jurisdiction', () => {
  test('counts outbound and inbound flows by the other end, with records and people as reported', () => {
    const kr = jurisdictionFlows(book, 'KR');
    expect(kr.outbound).toEqual([{ code: 'US', cases: ['full-case', 'minimal-case'], records: 54_200_000_000, people: 40_000_000 }]);
    expect(kr.inbound).toEqual([]);
    const us = jurisdictionFlows(book, 'US');
    expect(us.inbound.map((t) => [t.code, t.cases.length])).toEqual([['KR', 2], ['EU', 1]]);
    expect(jurisdictionFlows(book, 'EU').outbound.map((t) => t.code)).toEqual(['NO', 'US']);
  });

  test('every jurisdiction the content names is listed once', () => {
    expect(allJurisdictions(book)).toEqual(['EU', 'KR', 'NO', 'US']);
  });
});

test('the global timeline has every event in date order, linking to the anchors the case pages use', () => {
  const timeline = globalTimeline(book);
  expect(timeline).toHaveLength(book.cases.reduce((n, c) => n + c.data.timeline.length, 0));
  const dates = timeline.map((e) => e.event.date);
  expect(dates[0]).toBe('2018-04');
  expect(dates.at(-1)).toBe('2024-09-01');
  expect(timeline[0].anchor).toBe('event-2018-04-example-pay-starts-passing-customer-data');
});

test('related cases come from the related list first, then by what they share', () => {
  expect(relatedCases(book, 'full-case').map((r) => [r.record.id, r.explicit])).toEqual([
    ['third-case', true],
    ['minimal-case', true],
  ]);
  const minimal = relatedCases(book, 'minimal-case');
  expect(minimal.map((r) => r.record.id)).toEqual(['full-case', 'third-case']);
  // Both share the firm (3) and the destination (1): a tie, broken by id so the order is stable.
  expect(minimal.map((r) => r.score)).toEqual([4, 4]);
  expect(relatedCases(book, 'third-case', 1).map((r) => [r.record.id, r.score])).toEqual([['full-case', 7]]);
});

test('home counts say what records add up: their sum, over how many cases, and the largest', () => {
  const stats = casebookStats(book);
  expect(stats).toMatchObject({ cases: 3, firms: 3, regulators: 2, jurisdictions: 4 });
  expect(stats.records.total).toBe(54_200_000_000);
  expect(stats.records.cases).toBe(1);
  expect(stats.records.largest?.record.id).toBe('full-case');
});
