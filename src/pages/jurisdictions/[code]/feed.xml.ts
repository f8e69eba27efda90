import type { APIRoute } from 'astro';
import { getCasebook, urls } from '../../../lib/content/collections.ts';
import { FEED_SCOPES, feedEntries } from '../../../lib/outputs/feeds.ts';
import { feedResponse } from '../../../lib/outputs/feed-response.ts';
import { allJurisdictions } from '../../../lib/model/flows.ts';
import { jurisdictionName } from '../../../lib/model/jurisdictions.ts';

export async function getStaticPaths() {
  const { book } = await getCasebook();
  return allJurisdictions(book).map((code) => ({ params: { code: code.toLowerCase() }, props: { code } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { book } = await getCasebook();
  const name = jurisdictionName(props.code);
  const entries = feedEntries(FEED_SCOPES.jurisdictions(book, props.code), (caseId) => new URL(urls.case(caseId), site).href);
  return feedResponse(name, `New and updated cases with data flowing into or out of ${name}, or in which one of its authorities acted.`, site!, entries);
};
