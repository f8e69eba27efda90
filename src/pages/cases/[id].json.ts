import type { APIRoute } from 'astro';
import { toCslJson } from '../../lib/outputs/citation/citation.ts';
import { citablePage } from '../../lib/outputs/citation/citable-page.ts';
import { getCasebook, urls } from '../../lib/content/collections.ts';

export async function getStaticPaths() {
  const { book } = await getCasebook();
  return book.cases.map((record) => ({ params: { id: record.id }, props: { record } }));
}

/** The case as a reference-manager file, without an access date (the reference manager adds its own). */
export const GET: APIRoute = ({ props, site }) => {
  const page = citablePage(props.record, new URL(urls.case(props.record.id), site).href);
  return new Response(JSON.stringify([toCslJson(page)], null, 2), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
