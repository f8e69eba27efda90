import { beforeAll, describe, expect, test } from 'vitest';
import { casebookFromDir } from '../../../../src/lib/content/casebook-from-dir.ts';
import type { Casebook } from '../../../../src/lib/model/casebook.ts';
import { caseSearchData, entitySearchData, FACET_ONLY_LABELS, HIDDEN_FILTERS, SEARCH_FILTERS, splitLabels } from '../../../../src/lib/outputs/search/search-meta.ts';

let book: Casebook;
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

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
  test('a regulator page: its type and the keys it is named by; no word of its kind in what search reads', () => {
    const data = entitySearchData('regulator', 'kr-pipc', { name: 'Personal Information Protection Commission', abbr: 'PIPC', names: { ko: '개인정보보호위원회' } });
    expect(data.filters).toEqual([['type', 'regulator']]);
    expect(data.meta.names.split(' ')).toEqual(['personalinformationprotectioncommission', 'pipc', '개인정보보호위원회', 'krpipc']);
    expect(Object.values(data.meta).join(' ')).not.toMatch(/regulator/);
  });
});

describe('caseSearchData', () => {
  const hidden = (id: string) => {
    const { filters } = caseSearchData(book, book.cases.find((r) => r.id === id)!);
    return filters.filter(([key]) => (HIDDEN_FILTERS as readonly string[]).includes(key));
  };

  test('marks the firms and regulators the case gives a leading role, and its fine currencies, in filters no facet shows', () => {
    expect(hidden('full-case')).toEqual([
      ['lead-firm', 'example-pay'], ['lead-firm', 'sample-cloud'],
      ['lead-regulator', 'sample-data-authority'], ['lead-regulator', 'example-court'],
      ['fines', 'krw'],
    ]);
    // Sample Cloud is a party there without a stated role: named, not leading.
    expect(hidden('minimal-case')).toEqual([]);
    expect(SEARCH_FILTERS.some((f) => (HIDDEN_FILTERS as readonly string[]).includes(f.key))).toBe(false);
  });

  test('carries every id the case names as metadata, for search alone', () => {
    const { meta } = caseSearchData(book, book.cases.find((r) => r.id === 'full-case')!);
    expect(meta.ids.split(' ')).toEqual(['example-pay', 'sample-cloud', 'example-group', 'sample-data-authority', 'example-court', 'jane-example', 'example-privacy-act']);
  });
});
