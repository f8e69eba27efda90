// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { casebookFromDir } from './src/lib/content/casebook-from-dir.ts';
import { lastLoadedContent } from './src/lib/content/loaded-content.ts';
import { createCasebook } from './src/lib/model/casebook.ts';
import { caseDataUrls, lastModifiedByPath, retiredPaths } from './src/lib/outputs/sitemap-dates.ts';
import { createUrls } from './src/lib/model/urls.ts';
import { BASE_PATH, CACHE_DIR, CONTENT_DIR, OUT_DIR, PUBLIC_ADDRESS, SITE_URL } from './src/site.ts';
import { sitemapAlias } from './src/integrations/sitemap-alias.ts';
import { publicAddress } from './src/integrations/public-address.ts';
import { caseFilesIntegration } from './src/integrations/case-files.ts';
import { outputsBeside } from './src/integrations/outputs-beside.ts';

// Read lazily, at the end of the build: the content loader's validated tree when it ran in this
// process (every build), else the tree read again.
/** @type {Promise<import('./src/lib/model/casebook.ts').Casebook> | undefined} */
let builtCasebook;
const builtCasebookFor = () => {
  builtCasebook ??= (async () => {
    const loaded = lastLoadedContent(CONTENT_DIR);
    return loaded
      ? createCasebook({ ...loaded.entities, cases: loaded.cases })
      : await casebookFromDir(CONTENT_DIR);
  })();
  return builtCasebook;
};
let sitemapData;
const sitemapDataFor = () => {
  sitemapData ??= builtCasebookFor().then((book) => {
    const urls = createUrls(BASE_PATH);
    return { lastModified: lastModifiedByPath(book, urls), retired: retiredPaths(book, urls) };
  });
  return sitemapData;
};

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  outDir: OUT_DIR,
  ...(CACHE_DIR ? { cacheDir: CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Four pages render at once: a page that waits for its files to be written (or for its cite box:
  // src/lib/content/outputs-cache.ts) leaves the thread to the next one. One at a time, Astro's
  // default, the build's thread was idle 30 of 97 s while 10,000 cases rendered; with four, one build
  // of 1,000 cases took 13.4-14.0 s against 15.1-17.3 s, and of 10,000 1:46 against 2:00-2:03, with
  // the same dist/ (BENCHMARKS.md). Two gave 15.3-16.0 s, eight 14.0-14.4 s.
  build: { format: 'directory', concurrency: 4 },
  // No client JavaScript needed to read a page. The search index is built after this build exits
  // (`npm run build` → src/cli/index-site.ts), so its memory does not add to the build's.
  integrations: [
    // First: a build that may not be published stops before anything else runs.
    publicAddress(PUBLIC_ADDRESS),
    // Case narratives are data (src/lib/content/casebook-loader.ts); MDX is for the site's own editorial pages.
    mdx(),
    // The cite boxes made on worker threads beside the pages: all written before the build ends.
    outputsBeside(CONTENT_DIR),
    // Each case's downloads and open-data file, written in one pass after the pages (not endpoints).
    caseFilesIntegration({ casebook: builtCasebookFor, base: BASE_PATH, site: SITE_URL }),
    sitemap({
      // The search and compare pages are apps, not documents; retired ids are dropped in serialize.
      filter: (page) => !page.includes('/search/') && !page.includes('/compare/'),
      // Each case's data file too (endpoints are not pages, so the integration would not list them).
      customPages: caseDataUrls(CONTENT_DIR, createUrls(BASE_PATH), SITE_URL),
      serialize: async (item) => {
        const { lastModified, retired } = await sitemapDataFor();
        const path = new URL(item.url).pathname;
        if (retired.has(path)) return undefined;
        const lastmod = lastModified.get(path);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    sitemapAlias(),
  ],
  devToolbar: { enabled: false },
  // Never inline a script: the Content-Security-Policy allows scripts from the site's own files only.
  vite: { build: { assetsInlineLimit: 0 } },
  prefetch: false,
  // A path whose cache key (src/lib/views/page-key.ts) and code are unchanged since the last build
  // is copied from that build's output, kept in the cache directory, instead of rendered again.
  experimental: { incrementalBuild: true },
});
