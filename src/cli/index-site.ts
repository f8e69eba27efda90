/** `npm run build`'s second step: the search index of the built site (CASEBOOK_OUT_DIR, default dist/). */
import { resolve } from 'node:path';
import { indexSite } from '../lib/outputs/search/search-index.ts';
import { OUT_DIR } from '../site.ts';

const site = resolve(process.argv[2] ?? OUT_DIR);
const { pages, ms, parts } = await indexSite(site);
// The benchmark reads this line (src/cli/bench/report.ts).
console.log(`[casebook:pagefind] indexed ${pages} pages in ${ms} ms${parts ? `, case pages in ${parts} parts` : ''}`);
