import type { APIRoute } from 'astro';
import { getCasebook } from '../../lib/content/collections.ts';
import { entitiesJson } from '../../lib/outputs/open-data.ts';

export const GET: APIRoute = async () => {
  const { book } = await getCasebook();
  return new Response(JSON.stringify(entitiesJson(book), null, 2));
};
