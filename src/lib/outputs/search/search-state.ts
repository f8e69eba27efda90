/**
 * Search state lives in the URL (`/search/?q=alipay&regulator=kr-pipc&sort=updated`),
 * so reloading, the back button and shared links all give the same results.
 */
import { VOCABULARY_FILTER } from './search-parts.ts';

export interface SearchState {
  query: string;
  sort: string;
  /** Filter key → selected values (OR within a key, AND across keys). */
  filters: Record<string, string[]>;
}

export function stateFromParams(params: URLSearchParams, filterKeys: readonly string[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)].sort();
  }
  return { query: params.get('q')?.trim() ?? '', sort: params.get('sort') ?? '', filters };
}

/** Canonical query string: q, then filters in their declared order, then sort. */
export function paramsFromState(state: SearchState, filterKeys: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: `any` inside a key. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }]));
}

/** Sort keys that read best newest/largest first. */
export function pagefindSort(sort: string): Record<string, 'asc' | 'desc'> | undefined {
  return sort ? { [sort]: 'desc' } : undefined;
}

/** The sort key of a case's fines in one currency (`fines-eur`); the same cases carry the filter `fines:eur`. */
export const finesSortKey = (currency: string) => `fines-${currency.toLowerCase()}`;
const FINES_SORT = /^fines-([a-z]{3})$/;

type PagefindFilter = Record<string, unknown>;
export interface SectionSearch {
  filters: PagefindFilter;
  sort?: Record<string, 'asc' | 'desc'>;
}

/**
 * The two searches behind the page's two sections, cases and other pages. Each section's count is
 * the length of its own results, never a filter count: Pagefind leaves out of a sorted search the
 * pages without that sort key, but still counts them in its filter counts. A sort orders cases
 * only (other pages carry no sort keys); other pages are then listed by relevance to the query,
 * and not at all without a query, where a sort asks for an ordered list of cases. A fines sort
 * lists only the cases with fines in its currency; its filter says so, so facet counts agree.
 */
export function sectionSearches(state: SearchState): { cases: SectionSearch; others?: SectionSearch } {
  const chosen = pagefindFilters(state);
  const currency = FINES_SORT.exec(state.sort)?.[1];
  const sort = pagefindSort(state.sort);
  const cases: SectionSearch = { filters: { all: [chosen, { type: { any: ['case'] } }, ...(currency ? [{ fines: { any: [currency] } }] : [])] } };
  if (sort) cases.sort = sort;
  // Never a merged part's vocabulary page (search-parts.ts), which has no type.
  const others = state.query || !state.sort ? { filters: { all: [chosen, { type: { none: ['case'] } }, { [VOCABULARY_FILTER]: { none: ['all'] } }] } } : undefined;
  return { cases, others };
}

/** Facet counts of the two section searches added up: each counts only its own pages. */
export function sumCounts(...responses: (Record<string, Record<string, number>> | undefined)[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const counts of responses) {
    for (const [key, values] of Object.entries(counts ?? {})) {
      for (const [value, n] of Object.entries(values)) (sum[key] ??= {})[value] = (sum[key][value] ?? 0) + n;
    }
  }
  return sum;
}
