/**
 * Writes each case's downloads and open-data file (src/lib/outputs/case-files.ts), and
 * /data/cases.json from the same records, once the pages are built, with synchronous writes,
 * instead of as Astro endpoints rendered path by path. In `astro dev` the same files are served
 * by injected routes.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Casebook } from '../lib/model/casebook.ts';
import { caseFilesAndRecord } from '../lib/outputs/case-files.ts';
import { casesJsonWriter } from '../lib/outputs/open-data.ts';
import { createUrls } from '../lib/model/urls.ts';

export interface CaseFilesOptions {
  /** The validated Casebook of this build (read once, shared with the sitemap). */
  casebook: () => Promise<Casebook>;
  base: string;
  site: string;
}

/** The routes `astro dev` serves the files from; the build writes the same paths. */
export const CASE_FILE_ROUTES = ['/cases/[id].bib', '/cases/[id].ris', '/cases/[id].json', '/data/cases/[id].json'];
/** The whole Casebook's cases as open data; in `astro dev` served by its own route. */
export const CASES_JSON_PATH = 'data/cases.json';

export function caseFilesIntegration({ casebook, base, site }: CaseFilesOptions): AstroIntegration {
  return {
    name: 'casebook:case-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const pattern of CASE_FILE_ROUTES) injectRoute({ pattern, entrypoint: new URL('../routes/case-file.ts', import.meta.url), prerender: true });
        injectRoute({ pattern: `/${CASES_JSON_PATH}`, entrypoint: new URL('../routes/cases-json.ts', import.meta.url), prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const book = await casebook();
        const urls = createUrls(base);
        const made = new Set<string>();
        let written = 0;
        mkdirSync(dirname(join(out, CASES_JSON_PATH)), { recursive: true });
        const all = openSync(join(out, CASES_JSON_PATH), 'w');
        try {
          const casesJson = casesJsonWriter((text) => writeSync(all, text));
          for (const record of book.cases) {
            const { files, data } = caseFilesAndRecord(book, record, urls, site);
            casesJson.add(data);
            for (const file of files) {
              const target = join(out, file.path.slice(base.length));
              const folder = dirname(target);
              if (!made.has(folder)) mkdirSync(folder, { recursive: true });
              made.add(folder);
              writeFileSync(target, file.body);
              written++;
            }
          }
          casesJson.end();
        } finally {
          closeSync(all);
        }
        logger.info(`${written} case files and ${CASES_JSON_PATH} written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
