/**
 * The tree the cases loader last validated in this process, for what the build makes of it
 * after the loader: the Casebook the pages are rendered from (collections.ts), the sitemap's
 * dates and the case files (astro.config.mjs). Each valid case's data is held here, once: Astro's
 * data store keeps only each case's digest and files (casebook-loader.ts), because Astro
 * serializes its store, bundles it into the server build and parses it again to render, which at
 * 10,000 cases made three more copies of the case data and the build's memory peak.
 *
 * A process-wide key, because the loader and the bundled pages are separate module instances
 * (the config's and the build's); the pages render in the process that ran the loader.
 */
import type { CaseData } from './schema/case.ts';
import type { Entities } from './validate-content.ts';

/** Each valid case's id and data, in file-name order, and the entities. */
export interface LoadedContent {
  entities: Entities;
  cases: { id: string; data: CaseData }[];
}

const KEY = Symbol.for('casebook.loaded-content');
const all = () => ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, LoadedContent>()) as Map<string, LoadedContent>;

export function setLoadedContent(contentDir: string, content: LoadedContent): void {
  all().set(contentDir, content);
}

/** The last tree the cases loader validated in this process, if any. */
export function lastLoadedContent(contentDir: string): LoadedContent | undefined {
  return all().get(contentDir);
}
