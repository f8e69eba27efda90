import { describe, expect, test } from 'vitest';
import {
  keyAt,
  lackingWords,
  mergeSorted,
  partCount,
  sortRuns,
  sortsAsNumbers,
  splitIntoParts,
  vocabularyPage,
  type SortTable,
} from '../../../../src/lib/outputs/search/search-parts.ts';
import { pageUrl } from '../../../../src/lib/outputs/search/search-index.ts';

describe('parts', () => {
  test('a Casebook up to the part size is one index; past it, parts of at most that size', () => {
    expect(partCount(0, 2500)).toBe(0);
    expect(partCount(2500, 2500)).toBe(0);
    expect(partCount(2501, 2500)).toBe(2);
    expect(partCount(10_000, 2500)).toBe(4);
    expect(partCount(25, 8)).toBe(4);
    expect(() => partCount(10, 0)).toThrow(/positive whole number/);
    expect(() => partCount(10, Number.NaN)).toThrow(/positive whole number/);
  });

  test('splits in order, as evenly as the count allows, losing nothing', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    const parts = splitIntoParts(items, 4);
    expect(parts.map((p) => p.length)).toEqual([7, 7, 7, 4]);
    expect(parts.flat()).toEqual(items);
    expect(splitIntoParts(items, partCount(items.length, 8)).every((p) => p.length <= 8)).toBe(true);
  });

  test('gives a page the address addDirectory gives it', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('cases/kakaopay-alipay-2024/index.html')).toBe('/cases/kakaopay-alipay-2024/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('sort tables', () => {
  test('reads keys as Pagefind does: numbers only when every value is one', () => {
    expect(sortsAsNumbers(['0000000000000012', '0000000000000003'])).toBe(true);
    expect(sortsAsNumbers(['12.5', '3'])).toBe(true);
    expect(sortsAsNumbers(['2024-08-13', '2023-01-01'])).toBe(false);
    expect(sortsAsNumbers(['12', 'n/a'])).toBe(false);
  });

  test('run-length encodes a part’s values in ascending order', () => {
    expect(sortRuns(['0000000000000012', '0000000000000003', '0000000000000012'], true)).toEqual([
      [3, 1],
      [12, 2],
    ]);
    expect(sortRuns(['2024-08-13', '2019-01-01', '2024-08-13'], false)).toEqual([
      ['2019-01-01', 1],
      ['2024-08-13', 2],
    ]);
    // Text compares as text: a string sort puts "10" before "9".
    expect(sortRuns(['9', '10', 'x'], false).map(([key]) => key)).toEqual(['10', '9', 'x']);
  });

  test('ties amounts a 32-bit float cannot tell apart, as Pagefind does', () => {
    expect(sortRuns(['123456789', '123456790'], true)).toEqual([[Math.fround(123456789), 2]]);
  });

  test('finds the key at a position, and refuses one past the end', () => {
    const runs = sortRuns(['1', '1', '5', '7', '7', '7'], true);
    expect([0, 1, 2, 3, 5].map((p) => keyAt(runs, p))).toEqual([1, 1, 5, 7, 7]);
    expect(() => keyAt(runs, 6)).toThrow(/past the part's 6 pages/);
  });
});

describe('mergeSorted', () => {
  // Two parts' pages and their values; a result's score is its position in its part's ascending order.
  const part1 = { a: '2024-01-01', b: '2024-06-01', c: '2025-01-01' };
  const part2 = { x: '2023-01-01', y: '2024-06-01', z: '2026-01-01' };
  const table: SortTable = { parts: [sortRuns(Object.values(part1), false), sortRuns(Object.values(part2), false)] };
  const results = (values: Record<string, string>, direction: 'asc' | 'desc') => {
    const ascending = Object.entries(values).sort(([, a], [, b]) => (a < b ? -1 : 1));
    const list = ascending.map(([id], position) => ({ id, score: direction === 'desc' ? position : -position }));
    // As Pagefind gives them: best score first.
    return list.sort((p, q) => q.score - p.score);
  };

  test('merges newest first across parts, where scores alone would interleave them', () => {
    const merged = mergeSorted([results(part1, 'desc'), results(part2, 'desc')], table, 'desc').map((r) => r.id);
    expect(merged).toEqual(['z', 'c', 'b', 'y', 'a', 'x']);
    const byScore = [...results(part1, 'desc'), ...results(part2, 'desc')].sort((p, q) => q.score - p.score).map((r) => r.id);
    expect(byScore).not.toEqual(merged);
  });

  test('merges oldest first for an ascending sort', () => {
    expect(mergeSorted([results(part1, 'asc'), results(part2, 'asc')], table, 'asc').map((r) => r.id)).toEqual(['x', 'a', 'b', 'y', 'c', 'z']);
  });

  test('keeps to the results a search returned: a filtered search returns fewer than a part holds', () => {
    const some = [results(part1, 'desc').filter((r) => r.id !== 'c'), results(part2, 'desc').filter((r) => r.id === 'x')];
    expect(mergeSorted(some, table, 'desc').map((r) => r.id)).toEqual(['b', 'a', 'x']);
    expect(mergeSorted([[], []], table, 'desc')).toEqual([]);
  });
});

describe('vocabulary pages', () => {
  test('gives each index the words other indexes hold and it lacks, the primary as much as a part', () => {
    const words = ['regulator', 'regulatory', 'alipay', 'consent'];
    const page = (...ids: number[]) => ({ words: Uint32Array.from(ids) });
    const primary = [page(0)];
    const parts = [[page(1, 3), page(3)], [page(2, 3)]];
    expect(lackingWords(words, primary)).toEqual(['regulatory', 'alipay', 'consent']);
    expect(lackingWords(words, parts[0])).toEqual(['regulator', 'alipay']);
    expect(lackingWords(words, parts[1])).toEqual(['regulator', 'regulatory']);
    // Every word is then in every index.
    for (const pages of [primary, ...parts]) expect(new Set([...pages.flatMap((p) => [...p.words].map((id) => words[id])), ...lackingWords(words, pages)])).toEqual(new Set(words));
  });

  test('is a hidden page of the words, with the filter that keeps it out of every search', () => {
    const page = vocabularyPage(['zeta', 'a&b', 'alpha']);
    expect(page).toContain('data-pagefind-body');
    expect(page).toContain('data-pagefind-filter="vocabulary:all"');
    expect(page).toContain('<p>a&amp;b alpha zeta</p>');
  });
});
