import type { Urls } from '../model/urls.ts';

/** The search page's own URL state: filter values are ids (`?regulator=kr-pipc`), the same filters the case pages carry. */
export function searchWithin(urls: Urls, filter: 'firm' | 'regulator' | 'jurisdiction', id: string): string {
  return `${urls.search}?${filter}=${encodeURIComponent(id)}`;
}
