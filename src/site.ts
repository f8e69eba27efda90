/** Build-time settings from the environment, read in one place. */
import { resolve } from 'node:path';
import { checkPublicAddress } from './lib/model/public-address.ts';

/** The content tree to build (tests point it at fixtures). */
export const CONTENT_DIR = resolve(process.env.CASEBOOK_CONTENT_DIR ?? 'content');
/**
 * Whether this build has a public address, and what to say or do if not (a preview build warns;
 * CI or CASEBOOK_PRODUCTION without SITE_URL or CASEBOOK_PREVIEW refuses): see model/public-address.ts.
 */
export const PUBLIC_ADDRESS = checkPublicAddress(process.env);
/** Public origin of the deployed site; canonical and citation URLs are built on it. */
export const SITE_URL = PUBLIC_ADDRESS.siteUrl;
/** Path the site is served under, e.g. `/casebook/` on a shared host. */
export const BASE_PATH = process.env.BASE_PATH ?? '/';
export const OUT_DIR = process.env.CASEBOOK_OUT_DIR ?? 'dist';
/**
 * Where Astro keeps what a build can reuse: the content data store (each case's digest) with the
 * loader's files beside it (each case's data, rendered narrative and cite box) and Vite's dependency cache. Keep it between builds (a CI cache) and a
 * build after an edit reads only the edited cases. Default: Astro's `node_modules/.astro/`.
 */
export const CACHE_DIR = process.env.CASEBOOK_CACHE_DIR;
/**
 * Base of the forge's edit page for a file, like Starlight's `editLink.baseUrl`
 * (`https://github.com/org/casebook/edit/main/`): each case page links "Suggest a correction"
 * to `<base>content/cases/<id>.mdx`. Unset or empty: no such link anywhere.
 */
export const EDIT_URL = process.env.CASEBOOK_EDIT_URL || undefined;
/**
 * The most cases one search index holds (src/lib/outputs/search/search-parts.ts): past it, the case
 * pages are indexed in parts the search page merges, so indexing a large Casebook fits in memory.
 * Tests set it low to search a small tree in parts.
 */
export const SEARCH_PART_CASES = Number(process.env.CASEBOOK_SEARCH_PART_CASES || 2500);
/**
 * From how many changed cases a build reads them on worker threads and makes their cite boxes
 * beside the rendering (src/lib/content/case-workers.ts); below it, all on the build's own thread.
 * Unset: the measured threshold there. Tests set it to 1 to build a small tree the way a large one is built.
 */
export const WORKER_CASES = process.env.CASEBOOK_WORKER_CASES ? Number(process.env.CASEBOOK_WORKER_CASES) : undefined;
