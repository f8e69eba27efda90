import { expect, test } from 'vitest';
import { pagefindFilters, pagefindSort, paramsFromState, stateFromParams } from '../../../../src/lib/outputs/search/search-state.ts';

const KEYS = ['status', 'firm', 'regulator'] as const;

test('reads query, filters and sort from the URL', () => {
  const state = stateFromParams(new URLSearchParams('q=alipay&regulator=kr-pipc&sort=updated&firm=b&firm=a&unknown=x'), KEYS);
  expect(state).toEqual({ query: 'alipay', sort: 'updated', filters: { firm: ['a', 'b'], regulator: ['kr-pipc'] } });
});

test('writes the same state back as a canonical query string', () => {
  const url = '?q=alipay&regulator=kr-pipc&sort=updated';
  expect(paramsFromState(stateFromParams(new URLSearchParams(url), KEYS), KEYS)).toBe(url);
});

test('round-trips Korean queries', () => {
  const url = paramsFromState({ query: '카카오페이', sort: '', filters: {} }, KEYS);
  expect(stateFromParams(new URLSearchParams(url), KEYS).query).toBe('카카오페이');
});

test('gives an empty state an empty query string', () => {
  expect(paramsFromState({ query: '', sort: '', filters: {} }, KEYS)).toBe('');
});

test('builds Pagefind filters (any within a key) and sort', () => {
  expect(pagefindFilters({ query: '', sort: '', filters: { firm: ['a', 'b'] } })).toEqual({ firm: { any: ['a', 'b'] } });
  expect(pagefindSort('penalty')).toEqual({ penalty: 'desc' });
  expect(pagefindSort('')).toBeUndefined();
});
