import type { APIRoute } from 'astro';
import { getCasebook } from '../../lib/collections.ts';
import { entitiesJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const { book } = await getCasebook();
  return new Response(JSON.stringify(entitiesJson(book), null, 2));
};
