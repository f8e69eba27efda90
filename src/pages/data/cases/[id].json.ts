/** /data/cases/<id>.json: one case as open data, exactly as in /data/cases.json (the compare page reads these). */
import type { APIRoute } from 'astro';
import { getCasebook, urls } from '../../../lib/content/collections.ts';
import { casesById } from '../../../lib/model/casebook.ts';
import { caseFileJson } from '../../../lib/outputs/open-data.ts';

export async function getStaticPaths() {
  const { book } = await getCasebook();
  return book.cases.map((record) => ({ params: { id: record.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { book } = await getCasebook();
  const record = casesById(book).get(params.id!)!;
  return new Response(JSON.stringify(caseFileJson(book, record, new URL(urls.case(record.id), site).href), null, 2));
};
