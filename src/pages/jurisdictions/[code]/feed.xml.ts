import type { APIRoute } from 'astro';
import { getCasebook, siteUrl, urls } from '../../../lib/content/collections.ts';
import { scopedFeed } from '../../../lib/outputs/feeds.ts';
import { feedResponse } from '../../../lib/outputs/feed-response.ts';
import { allJurisdictions } from '../../../lib/model/flows.ts';
import { pageKey } from '../../../lib/views/page-key.ts';

export async function getStaticPaths() {
  const { book } = await getCasebook();
  const caseUrl = (id: string) => new URL(urls.case(id), siteUrl).href;
  // Keyed by what the file holds (page-key.ts): unchanged, it is copied from the last build.
  return allJurisdictions(book).map((code) => ({ params: { code: code.toLowerCase() }, props: { code }, cacheKey: pageKey(scopedFeed(book, 'jurisdictions', code, caseUrl)) }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { book } = await getCasebook();
  const feed = scopedFeed(book, 'jurisdictions', props.code, (id) => new URL(urls.case(id), site).href);
  return feedResponse(feed.title, feed.description, site!, feed.entries);
};
