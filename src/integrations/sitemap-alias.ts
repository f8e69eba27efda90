/**
 * Crawlers and people look for /sitemap.xml; @astrojs/sitemap writes /sitemap-index.xml.
 * After it has run, the index is also published under the conventional name.
 */
import type { AstroIntegration } from 'astro';
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export function sitemapAlias(): AstroIntegration {
  return {
    name: 'casebook:sitemap-alias',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        await copyFile(`${out}/sitemap-index.xml`, `${out}/sitemap.xml`);
      },
    },
  };
}
