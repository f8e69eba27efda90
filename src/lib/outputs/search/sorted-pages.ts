/**
 * The index step's one read of a built site's pages, for an index in parts (search-index.ts): each
 * page sorted out as a case page or another page, and its indexed words (page-words.ts) and a case
 * page's sort keys' values taken as it is read, so the vocabulary pages and sort tables need no
 * second read.
 *
 * The read runs in worker threads (`readSortedPages`). Reading 15,816 pages left 1.9 GB on the
 * build process's heap at 10,000 cases, which V8 had not collected while Pagefind ran beside it
 * (peak of the step 3.3 GB): a worker's heap is given back whole when it exits. It takes one core
 * (24.5 s at 10,000 cases, parsing each page's indexed text) while Pagefind waits for its words, so
 * two workers read half the pages each.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pageWords } from './page-words.ts';
import { splitIntoParts } from './search-parts.ts';

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

/**
 * `sortPages` in worker threads, whose heaps go when they are done: the files cut into as many
 * runs as workers, in order, and the runs' results joined (`joinSortedPages`). Two workers at most:
 * each holds its pages' garbage until it exits, and the step's memory is what is measured.
 */
export async function readSortedPages(site: string, files: readonly string[], workers = Math.min(2, availableParallelism())): Promise<SortedPages> {
  const runs = splitIntoParts(files, workers).filter((run) => run.length > 0);
  return joinSortedPages(await Promise.all(runs.map((run) => sortPagesInWorker(site, run))));
}

function sortPagesInWorker(site: string, files: readonly string[]): Promise<SortedPages> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sorted-pages-worker.ts', import.meta.url), { workerData: { site, files } });
    worker.once('message', (pages: SortedPages) => resolve(pages));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the page-reading worker exited with code ${code}`)));
  });
}

/** The reads of consecutive runs of files as one read of them all: pages in order, each word once, numbered by first use. */
export function joinSortedPages(reads: readonly SortedPages[]): SortedPages {
  if (reads.length === 1) return reads[0];
  const joined: SortedPages = { casePages: [], otherPages: [], words: [] };
  const ids = new Map<string, number>();
  for (const read of reads) {
    const renumber = Uint32Array.from(read.words, (word) => ids.get(word) ?? (ids.set(word, joined.words.length), joined.words.push(word) - 1));
    for (const page of read.casePages) joined.casePages.push({ ...page, words: page.words.map((id) => renumber[id]) });
    for (const page of read.otherPages) joined.otherPages.push({ ...page, words: page.words.map((id) => renumber[id]) });
  }
  return joined;
}
