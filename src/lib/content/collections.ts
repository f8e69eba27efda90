/**
 * The one caller of getCollection(): reads every collection once (from the data store the
 * content loader filled) and resolves it into a plain Casebook. Everything else works on that
 * data (pure, unit-tested). The cases' data comes from the loader itself, in this process
 * (loaded-content.ts): the store holds each case's digest and files only.
 */
import { getCollection } from 'astro:content';
import { createCasebook, type Casebook } from '../model/casebook.ts';
import { createUrls } from '../model/urls.ts';
import { CONTENT_DIR } from '../../site.ts';
import { lastLoadedContent } from './loaded-content.ts';

export const urls = createUrls(import.meta.env.BASE_URL);
/** The site's address, as `Astro.site` gives it to a page; for code that runs without one (getStaticPaths). */
export const siteUrl: URL | undefined = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;

let cached: Promise<{ book: Casebook; digests: Map<string, string>; outputFiles: Map<string, string | undefined> }> | undefined;

async function load() {
  const [cases, firms, regulators, people, laws, categories] = await Promise.all([
    getCollection('cases'),
    getCollection('firms'),
    getCollection('regulators'),
    getCollection('people'),
    getCollection('laws'),
    getCollection('dataCategories'),
  ]);
  const toMap = <T extends { id: string; data: unknown }>(list: T[]) => new Map(list.map((e) => [e.id, e.data as T['data']]));
  const loaded = lastLoadedContent(CONTENT_DIR);
  // The loader runs in the process that renders the pages (astro build, astro dev): a page
  // rendered anywhere else would have no cases, and must not be published as if it had none.
  if (!loaded) throw new Error(`the cases of ${CONTENT_DIR} were not loaded in this process: build with astro build (npm run build)`);
  const book = createCasebook({
    cases: loaded.cases,
    firms: toMap(firms),
    regulators: toMap(regulators),
    people: toMap(people),
    laws: toMap(laws),
    dataCategories: toMap(categories),
  });
  return {
    book,
    // Each case's digest (of its file, the pipeline and the site's address) and the file of its
    // narrative and cite box, made by the loader once per change of the case and kept while it is
    // unchanged (outputs-cache.ts): a case page inserts the narrative as the loader rendered it.
    digests: new Map(cases.map((entry) => [entry.id, String(entry.digest ?? '')])),
    outputFiles: new Map(cases.map((entry) => [entry.id, entry.rendered?.metadata?.outputsFile as string | undefined])),
  };
}

/** The resolved content, loaded once per build. */
export async function getCasebook() {
  cached ??= load();
  return cached;
}
