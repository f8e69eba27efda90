import type { APIRoute } from 'astro';
import { getCasebook, urls } from '../../../lib/content/collections.ts';
import { FEED_SCOPES, feedEntries } from '../../../lib/outputs/feeds.ts';
import { feedResponse } from '../../../lib/outputs/feed-response.ts';

export async function getStaticPaths() {
  const { book } = await getCasebook();
  return [...book.firms.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { book } = await getCasebook();
  const id = params.id!;
  const name = book.firms.get(id)!.name;
  const entries = feedEntries(FEED_SCOPES.firms(book, id), (caseId) => new URL(urls.case(caseId), site).href);
  return feedResponse(name, `New and updated cases involving ${name}.`, site!, entries);
};
