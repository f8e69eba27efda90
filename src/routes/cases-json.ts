/**
 * `astro dev` only: serves /data/cases.json (src/integrations/case-files.ts injects this route in
 * dev). A build writes the file a case at a time (open-data.ts casesJsonWriter), the same bytes.
 */
import type { APIRoute } from 'astro';
import { getCasebook, urls } from '../lib/content/collections.ts';
import { casesJson } from '../lib/outputs/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { book } = await getCasebook();
  return new Response(JSON.stringify(casesJson(book, (id) => new URL(urls.case(id), site).href), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
