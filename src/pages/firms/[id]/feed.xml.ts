import type { APIRoute } from 'astro';
import { getCasebook, siteUrl, urls } from '../../../lib/content/collections.ts';
import { scopedFeed } from '../../../lib/outputs/feeds.ts';
import { feedResponse } from '../../../lib/outputs/feed-response.ts';
import { pageKey } from '../../../lib/views/page-key.ts';

export async function getStaticPaths() {
  const { book } = await getCasebook();
  const caseUrl = (id: string) => new URL(urls.case(id), siteUrl).href;
  // Keyed by what the file holds (page-key.ts): unchanged, it is copied from the last build.
  return [...book.firms.keys()].map((id) => ({ params: { id }, cacheKey: pageKey(scopedFeed(book, 'firms', id, caseUrl)) }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { book } = await getCasebook();
  const feed = scopedFeed(book, 'firms', params.id!, (id) => new URL(urls.case(id), site).href);
  return feedResponse(feed.title, feed.description, site!, feed.entries);
};
