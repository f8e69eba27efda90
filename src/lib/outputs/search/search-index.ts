/**
 * Indexes a built site with the Pagefind Node API. One index for the whole site
 * (forceLanguage), so a Korean query typed on an English page searches the same index
 * that holds 카카오페이 and 금융감독원.
 *
 * It runs as its own step after `astro build` has exited (`npm run build`, src/cli/index-site.ts),
 * not in an `astro:build:done` hook: inside the hook Pagefind's memory adds to everything the
 * build process still holds, so the peak of a large build is the sum of both instead of the larger.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(site: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    if (added.page_count === 0) throw new Error(`no pages to index in ${site}: build the site first`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    // The site has its own search page over pagefind.js; Pagefind's stock UIs are not served.
    for (const file of await readdir(join(site, 'pagefind'))) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) await rm(join(site, 'pagefind', file));
    }
    return { pages: added.page_count, ms: Math.round(performance.now() - started) };
  } catch (error) {
    throw new Error(`Pagefind indexing of ${site} failed`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
