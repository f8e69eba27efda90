// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { BASE_PATH, CONTENT_DIR, OUT_DIR, SITE_URL } from './src/site.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { sourceFootnotes } from './src/integrations/source-footnotes.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  outDir: OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No client JavaScript needed to read a page; CSS inlined when small keeps a case page to one request.
  integrations: [contentValidation(CONTENT_DIR), sourceFootnotes(CONTENT_DIR), mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
  prefetch: false,
});
