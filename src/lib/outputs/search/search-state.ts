/**
 * Search state lives in the URL (`/search/?q=alipay&regulator=kr-pipc&sort=updated`),
 * so reloading, the back button and shared links all give the same results.
 */
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
