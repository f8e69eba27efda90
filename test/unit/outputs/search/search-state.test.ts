import { describe, expect, test } from 'vitest';
import { finesSortKey, pagefindFilters, pagefindSort, paramsFromState, sectionSearches, stateFromParams, sumCounts } from '../../../../src/lib/outputs/search/search-state.ts';

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

describe('sectionSearches', () => {
  test('searches cases and other pages apart, with the chosen filters in both', () => {
    const { cases, others } = sectionSearches({ query: 'alipay', sort: '', filters: { status: ['sanctioned'] } });
    expect(cases).toEqual({ filters: { all: [{ status: { any: ['sanctioned'] } }, { type: { any: ['case'] } }] } });
    expect(others).toEqual({ filters: { all: [{ status: { any: ['sanctioned'] } }, { type: { none: ['case'] } }, { vocabulary: { none: ['all'] } }] } });
  });

  test('a sort orders the cases; other pages follow by relevance, and only for a query', () => {
    expect(sectionSearches({ query: 'alipay', sort: 'updated', filters: {} })).toEqual({
      cases: { filters: { all: [{}, { type: { any: ['case'] } }] }, sort: { updated: 'desc' } },
      others: { filters: { all: [{}, { type: { none: ['case'] } }, { vocabulary: { none: ['all'] } }] } },
    });
    expect(sectionSearches({ query: '', sort: 'updated', filters: {} }).others).toBeUndefined();
    expect(sectionSearches({ query: '', sort: '', filters: { type: ['firm'] } }).others).toBeDefined();
  });

  test('a fines sort lists the cases with fines in its currency, by their filter', () => {
    expect(finesSortKey('EUR')).toBe('fines-eur');
    expect(sectionSearches({ query: '', sort: finesSortKey('EUR'), filters: {} }).cases).toEqual({
      filters: { all: [{}, { type: { any: ['case'] } }, { fines: { any: ['eur'] } }] },
      sort: { 'fines-eur': 'desc' },
    });
  });
});

test('adds up the facet counts of the two sections', () => {
  expect(sumCounts({ type: { case: 7, firm: 0 }, status: { sanctioned: 6 } }, { type: { case: 0, firm: 27 }, status: { sanctioned: 0 } }, undefined)).toEqual({
    type: { case: 7, firm: 27 },
    status: { sanctioned: 6 },
  });
});
