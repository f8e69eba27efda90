/**
 * `astro dev` only: serves a case's downloads and open-data file, the same bodies the build
 * writes (src/integrations/case-files.ts injects this route in dev; a build writes the files).
 */
import type { APIRoute } from 'astro';
import { getCasebook, urls } from '../lib/content/collections.ts';
import { caseFiles } from '../lib/outputs/case-files.ts';
import { casesById } from '../lib/model/casebook.ts';

export async function getStaticPaths() {
  const { book } = await getCasebook();
  return book.cases.map((record) => ({ params: { id: record.id }, props: { id: record.id } }));
}

export const GET: APIRoute = async ({ props, site, url }) => {
  const { book } = await getCasebook();
  const record = casesById(book).get(props.id)!;
  const file = caseFiles(book, record, urls, site!).find((f) => f.path === url.pathname);
  return file ? new Response(file.body, { headers: { 'Content-Type': file.type } }) : new Response(null, { status: 404 });
};
