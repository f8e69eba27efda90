/**
 * Indexes a built site with the Pagefind Node API. One index for the whole site
 * (forceLanguage), so a Korean query typed on an English page searches the same index
 * that holds 카카오페이 and 금융감독원.
 *
 * It runs as its own step after `astro build` has exited (`npm run build`, src/cli/index-site.ts),
 * not in an `astro:build:done` hook: inside the hook Pagefind's memory adds to everything the
 * build process still holds, so the peak of a large build is the sum of both instead of the larger.
 *
 * A large Casebook's case pages are indexed in parts (search-parts.ts), as many as the built search
 * page declares: first every other page, then each part, each in a Pagefind process of its own, so
 * the step's peak is that of the largest part, not of the whole site. Each index also gets the page
 * of the words it lacks, and the site the sort tables of the parts (search-parts.ts).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { readSortedPages } from './sorted-pages.ts';
import { lackingWords, partBundle, sortRuns, sortsAsNumbers, sortTableFile, splitIntoParts, vocabularyPage, type SortTable } from './search-parts.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

const BUNDLE = 'pagefind';
/** Pagefind's stock UIs: the site has its own search page over pagefind.js. */
const STOCK_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
/** What a merged part needs of its bundle: the primary's pagefind.js and wasm search it. */
const PART_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|filter|fragment)$/;

export async function indexSite(site: string): Promise<{ pages: number; ms: number; parts: number }> {
  const started = performance.now();
  try {
    const parts = await declaredParts(site);
    const pages = parts ? await indexInParts(site, parts) : await indexWhole(site);
    return { pages, ms: Math.round(performance.now() - started), parts };
  } catch (error) {
    throw new Error(`Pagefind indexing of ${site} failed`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** The number of merged parts the built search page searches (its config's `parts`; none if absent). */
async function declaredParts(site: string): Promise<number> {
  const page = await readFile(join(site, 'search', 'index.html'), 'utf8').catch(() => undefined);
  const config = page && /<script type="application\/json" id="search-config">(.*?)<\/script>/s.exec(page)?.[1];
  return config ? ((JSON.parse(config) as { parts?: number }).parts ?? 0) : 0;
}

async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('\n'));
  return index;
}

async function write(index: PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
}

async function indexWhole(site: string): Promise<number> {
  const index = await newIndex();
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  if (added.page_count === 0) throw new Error(`no pages to index in ${site}: build the site first`);
  await write(index, join(site, BUNDLE));
  await dropFiles(join(site, BUNDLE), (file) => STOCK_UI.test(file));
  return added.page_count;
}

async function indexInParts(site: string, parts: number): Promise<number> {
  const files = (await htmlFiles(site)).sort();
  const { casePages, otherPages, words: everyWord } = await readSortedPages(site, files);
  if (casePages.length < parts) throw new Error(`the search page declares ${parts} index parts, but ${site} has ${casePages.length} case pages`);
  // Every page but the cases: the primary bundle, whose pagefind.js and wasm the parts share.
  // Each index gets the words it lacks on a hidden page (search-parts.ts).
  const primary = await newIndex();
  await addFiles(primary, site, otherPages.map((page) => page.file));
  await addVocabulary(primary, site, join(site, BUNDLE), lackingWords(everyWord, otherPages));
  await write(primary, join(site, BUNDLE));
  await dropFiles(join(site, BUNDLE), (file) => STOCK_UI.test(file));
  const split = splitIntoParts(casePages, parts);
  const tables = new Map<string, SortTable>();
  for (const [i, part] of split.entries()) {
    // A fresh Pagefind process a part: the memory of the one before is given back.
    await pagefind.close();
    const index = await newIndex();
    await addFiles(index, site, part.map((page) => page.file));
    const bundle = join(site, BUNDLE, partBundle(i + 1));
    await addVocabulary(index, site, bundle, lackingWords(everyWord, part));
    await write(index, bundle);
    await dropFiles(bundle, (file) => !PART_FILES.test(file));
    const values = new Map<string, string[]>();
    for (const page of part) for (const [key, value] of page.sorts) (values.get(key) ?? values.set(key, []).get(key)!).push(value);
    for (const [key, list] of values) {
      const table = tables.get(key) ?? tables.set(key, { parts: Array.from({ length: parts }, () => []) }).get(key)!;
      table.parts[i] = sortRuns(list, sortsAsNumbers(list));
    }
  }
  for (const [key, table] of [...tables].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await writeFile(join(site, BUNDLE, sortTableFile(key)), JSON.stringify(table));
  }
  // Counted as `addDirectory` counts: every HTML file given to Pagefind.
  return files.length;
}

/** An index's hidden page of the words it lacks, at an address in its bundle that no page links to. */
async function addVocabulary(index: PagefindIndex, site: string, bundle: string, lacking: string[]): Promise<void> {
  if (lacking.length) await add(index, join(relative(site, bundle), 'vocabulary', 'index.html'), vocabularyPage(lacking));
}

/**
 * Adds files of the site as `addDirectory` does, which parses them in parallel (about twice the
 * speed of adding them one by one): named in a glob of alternatives. A file whose path a glob could
 * misread is added on its own.
 */
async function addFiles(index: PagefindIndex, site: string, files: readonly string[]): Promise<void> {
  const plain = files.filter((file) => GLOB_SAFE.test(file));
  if (plain.length) {
    const added = await index.addDirectory({ path: site, glob: `{${plain.map((file) => file.split(sep).join('/')).join(',')}}` });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    if (added.page_count !== plain.length) throw new Error(`Pagefind read ${added.page_count} of ${plain.length} pages in ${site}`);
  }
  for (const file of files.filter((f) => !GLOB_SAFE.test(f))) await add(index, file, await readFile(join(site, file), 'utf8'));
}
const GLOB_SAFE = /^[\w./-]+$/;

/**
 * Adds a page at the address `addDirectory` would give it. As in one index, Pagefind leaves out
 * the pages without a `data-pagefind-body` (redirects, lists) when others have one.
 */
async function add(index: PagefindIndex, file: string, content: string): Promise<void> {
  const added = await index.addHTMLFile({ url: pageUrl(file), content });
  if (added.errors.length) throw new Error(`${file}: ${added.errors.join('\n')}`);
}

/** `cases/x/index.html` → `/cases/x/`, `404.html` → `/404.html`. */
export const pageUrl = (file: string) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** Every HTML file of the built site but Pagefind's own, relative to it. */
async function htmlFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(site, join(e.parentPath, e.name)))
    .filter((file) => !file.startsWith(`${BUNDLE}${sep}`));
}

async function dropFiles(dir: string, drop: (file: string) => boolean): Promise<void> {
  for (const file of await readdir(dir)) if (drop(file)) await rm(join(dir, file), { recursive: true });
}
