/**
 * The index step's one read of a built site's pages, for an index in parts (search-index.ts): each
 * page sorted out as a case page or another page, and its indexed words (page-words.ts) and a case
 * page's sort keys' values taken as it is read, so the vocabulary pages and sort tables need no
 * second read.
 *
 * The read runs in a worker thread (`readSortedPages`). Reading 15,816 pages left 1.9 GB on the
 * build process's heap at 10,000 cases, which V8 had not collected while Pagefind ran beside it
 * (peak of the step 3.3 GB): a worker's heap is given back whole when it exits.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pageWords } from './page-words.ts';

/** A case page's mark (SearchMeta.astro), and its sort keys. */
const CASE_PAGE = 'data-pagefind-filter="type:case"';
const SORT_KEY = /data-pagefind-sort="([^":]+):([^"]*)"/g;

const isCasePage = (html: string) => html.includes(CASE_PAGE);

/** A page as the index needs it: its file and the words it gives the index (numbers into `SortedPages.words`). */
export interface IndexedPage {
  file: string;
  words: Uint32Array;
}

/** A case page, with its sort keys' values. */
export interface CasePage extends IndexedPage {
  sorts: [key: string, value: string][];
}

export interface SortedPages {
  casePages: CasePage[];
  otherPages: IndexedPage[];
  /** Every word of every page, once. */
  words: string[];
}

/** `files`: relative to `site`, in the order the parts are cut from. */
export async function sortPages(site: string, files: readonly string[]): Promise<SortedPages> {
  const casePages: CasePage[] = [];
  const otherPages: IndexedPage[] = [];
  const ids = new Map<string, number>();
  const words: string[] = [];
  const idOf = (word: string) => ids.get(word) ?? (ids.set(word, words.length), words.push(word) - 1);
  for (const file of files) {
    const html = await readFile(join(site, file), 'utf8');
    const wordIds = Uint32Array.from(pageWords(html), idOf);
    if (isCasePage(html)) casePages.push({ file, words: wordIds, sorts: [...html.matchAll(SORT_KEY)].map(([, key, value]) => [key, value]) });
    else otherPages.push({ file, words: wordIds });
  }
  return { casePages, otherPages, words };
}

/** `sortPages` in a worker thread, whose heap goes when it is done. */
export function readSortedPages(site: string, files: readonly string[]): Promise<SortedPages> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sorted-pages-worker.ts', import.meta.url), { workerData: { site, files } });
    worker.once('message', (pages: SortedPages) => resolve(pages));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the page-reading worker exited with code ${code}`)));
  });
}
