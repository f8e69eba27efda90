/**
 * Indexes the built site with the Pagefind Node API, as part of `astro build`.
 * One index for the whole site (forceLanguage), so a Korean query typed on an
 * English page searches the same index that holds 카카오페이 and 금융감독원.
 */
import type { AstroIntegration } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'casebook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          // The site has its own search page over pagefind.js; Pagefind's stock UIs are not served.
          for (const file of await readdir(`${site}/pagefind`)) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) await rm(`${site}/pagefind/${file}`);
          }
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (error) {
          throw new Error('Pagefind indexing failed', { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
