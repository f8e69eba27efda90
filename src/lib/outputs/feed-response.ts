/** Renders feed entries as RSS 2.0 with @astrojs/rss: one function for the site feed and every scoped feed. */
import rss from '@astrojs/rss';
import type { FeedEntry } from './feeds.ts';
import { SITE_NAME } from './page-meta.ts';

export function feedResponse(title: string, description: string, site: URL | string, entries: FeedEntry[]) {
  return rss({
    title: `${title} · ${SITE_NAME}`,
    description,
    site,
    trailingSlash: true,
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.link,
      pubDate: entry.pubDate,
      description: entry.description,
      categories: entry.categories,
    })),
    customData: '<language>en</language>',
  });
}
