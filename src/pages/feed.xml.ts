import type { APIRoute } from 'astro';
import { getCasebook, urls } from '../lib/content/collections.ts';
import { feedEntries } from '../lib/outputs/feeds.ts';
import { feedResponse } from '../lib/outputs/feed-response.ts';

export const GET: APIRoute = async ({ site }) => {
  const { book } = await getCasebook();
  const entries = feedEntries(book.cases, (id) => new URL(urls.case(id), site).href);
  return feedResponse('New and updated cases', 'Every new case and every substantive update.', site!, entries);
};
