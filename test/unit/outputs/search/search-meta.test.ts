import { describe, expect, test } from 'vitest';
import { entitySearchData, FACET_ONLY_LABELS, splitLabels } from '../../../../src/lib/outputs/search/search-meta.ts';

describe('splitLabels', () => {
  test('keeps the labels results need inline and sends those that grow with the casebook apart', () => {
    const labels = { type: { case: 'Case' }, status: { appealed: 'Under appeal' }, firm: { kakaopay: 'Kakao Pay' }, regulator: { 'kr-pipc': 'PIPC' }, data: { email: 'Email address' }, jurisdiction: { KR: 'South Korea' }, from: { KR: 'South Korea' } };
    const { inline, facetOnly } = splitLabels(labels);
    expect(Object.keys(facetOnly).sort()).toEqual([...FACET_ONLY_LABELS].sort());
    expect(inline).toEqual({ type: labels.type, status: labels.status, from: labels.from });
    expect({ ...inline, ...facetOnly }).toEqual(labels);
  });
});

describe('entitySearchData', () => {
  test('a regulator page: its type, the keys it is named by, and the filter of its cases', () => {
    const data = entitySearchData('regulator', 'kr-pipc', { name: 'Personal Information Protection Commission', abbr: 'PIPC', names: { ko: '개인정보보호위원회' } });
    expect(data.filters).toEqual([['type', 'regulator']]);
    expect(data.meta.names.split(' ')).toEqual(['personalinformationprotectioncommission', 'pipc', '개인정보보호위원회', 'krpipc']);
    expect(data.meta.filter).toBe('regulator:kr-pipc');
  });
});
