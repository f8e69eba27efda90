/**
 * `astro dev` only: serves /data/cases.json, the same bytes the build writes a case at a time
 * (src/integrations/case-files.ts injects this route in dev; a build writes the file).
 */
import type { APIRoute } from 'astro';
import { getCasebook, urls } from '../lib/content/collections.ts';
import { caseRecordJson, casesJsonWriter } from '../lib/outputs/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { book } = await getCasebook();
  const parts: string[] = [];
  const writer = casesJsonWriter((text) => parts.push(text));
  for (const record of book.cases) writer.add(caseRecordJson(book, record, new URL(urls.case(record.id), site).href));
  writer.end();
  return new Response(parts.join(''), { headers: { 'Content-Type': 'application/json' } });
};
