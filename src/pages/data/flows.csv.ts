import type { APIRoute } from 'astro';
import { getCasebook } from '../../lib/content/collections.ts';
import { FLOW_FIELDS, flowTableRows, tableCsv } from '../../lib/outputs/tables.ts';

export const GET: APIRoute = async () => {
  const { book } = await getCasebook();
  return new Response(tableCsv(FLOW_FIELDS, flowTableRows(book)));
};
