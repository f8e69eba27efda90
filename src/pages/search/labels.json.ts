/** The search page's labels for firm, regulator and data-category filter values (see splitLabels). */
import type { APIRoute } from 'astro';
import { getCasebook } from '../../lib/content/collections.ts';
import { filterLabels, splitLabels } from '../../lib/outputs/search/search-meta.ts';

export const GET: APIRoute = async () => {
  const { book } = await getCasebook();
  return new Response(JSON.stringify(splitLabels(filterLabels(book)).facetOnly));
};
