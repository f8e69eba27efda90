import type { APIRoute } from 'astro';
import { getCasebook } from '../../lib/content/collections.ts';
import { PENALTY_FIELDS, penaltyTableRows, tableCsv } from '../../lib/outputs/tables.ts';

export const GET: APIRoute = async () => {
  const { book } = await getCasebook();
  return new Response(tableCsv(PENALTY_FIELDS, penaltyTableRows(book)));
};
