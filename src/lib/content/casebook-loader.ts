/**
 * Content loaders for the Casebook's collections. A case is data from the moment it is read:
 * the cases loader reads and validates the whole tree once per build with the one validator
 * (validate-content.ts), renders each narrative in the same pass, and stores a digest per case in
 * Astro's data store; the case's data (kept-cases.ts), its narrative's HTML and its cite box
 * (outputs-cache.ts) are kept in files beside it, and the pages get the data from the loader
 * (loaded-content.ts). On the next build a case whose file is unchanged is not parsed, validated or
 * rendered again; the checks that span files still run on every case. Any problem anywhere stops
 * the build with every problem listed, before a page is written.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCasesInWorkers, WORKER_THRESHOLD } from './case-workers.ts';
import type { EntityKind } from './kinds.ts';
import { loadEntities, type RawContent } from './load-content.ts';
import { formatProblems, formatWarnings } from './problems.ts';
import type { CaseResult } from './read-case.ts';
import type { SiteAddress } from './case-outputs.ts';
import { dataCategorySchema, firmSchema, lawSchema, personSchema, regulatorSchema } from './schema/entities.ts';
import { readContent, validCases } from './validate-content.ts';
import type { NarrativeHeading } from './narrative/anchors.ts';
import { outputsCache } from './outputs-cache.ts';
import { readKeptCases, writeKeptCases } from './kept-cases.ts';
import { setLoadedContent } from './loaded-content.ts';
import { makeOutputsBeside, type OutputsJob } from './case-outputs-workers.ts';

/**
 * What one build's loaders share. Astro may load each collection through its own module
 * instance, so the state lives on a process-wide key: the entity files are read once per build.
 * The last validated tree is kept for the pages and the sitemap in loaded-content.ts.
 */
interface Shared {
  entities?: Promise<RawContent>;
  /** The cite boxes the last load left to be made beside the build (case-outputs-workers.ts). */
  outputs?: Promise<MadeOutputs>;
}

/** The cite boxes made beside a build: how many, and the time from the first to the last. */
export interface MadeOutputs {
  cases: number;
  ms: number;
}

const KEY = Symbol.for('casebook.content-loader');
function shared(contentDir: string): Shared {
  const all = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, Shared>()) as Map<string, Shared>;
  let state = all.get(contentDir);
  if (!state) all.set(contentDir, (state = {}));
  return state;
}
const entitiesOf = (contentDir: string) => (shared(contentDir).entities ??= loadEntities(contentDir));

/**
 * The cite boxes the last load of this tree left to be made beside the build, once all are
 * written (none: zero cases); rejects if any could not be made.
 */
export function outputsMadeBeside(contentDir: string): Promise<MadeOutputs> {
  return shared(contentDir).outputs ?? Promise.resolve({ cases: 0, ms: 0 });
}


function watch(context: LoaderContext, contentDir: string, reload: () => Promise<void>) {
  if (!context.watcher) return;
  context.watcher.add(contentDir);
  const onChange = (path: string) => {
    if (!path.startsWith(contentDir)) return;
    shared(contentDir).entities = undefined;
    void reload();
  };
  context.watcher.on('change', onChange);
  context.watcher.on('add', onChange);
  context.watcher.on('unlink', onChange);
}

/**
 * The digest a case is stored under: its own (file, pipeline, site address: read-case.ts) and this
 * module's, the outputs cache's and the kept cases' code, which decide what is stored for it. Astro's store keeps an
 * entry whose digest is unchanged exactly as it was, so without them a change to what the loader
 * stores would leave every unchanged case stored the old way.
 */
const STORE_CODE = createHash('sha1').update(readFileSync(new URL(import.meta.url))).update(readFileSync(new URL('./outputs-cache.ts', import.meta.url))).update(readFileSync(new URL('./kept-cases.ts', import.meta.url))).digest('base64url');
const storedDigest = (caseDigest: string) => createHash('sha1').update(STORE_CODE).update(caseDigest).digest('base64url');

/**
 * `address`: where the site is published (src/site.ts); each case's cite box is made with it.
 * `workerCases`: from how many changed cases they are read on worker threads (case-workers.ts).
 */
export function casesLoader(contentDir: string, address?: SiteAddress, { workerCases = WORKER_THRESHOLD } = {}): Loader {
  const load = async (context: LoaderContext) => {
    const { store, logger } = context;
    const state = shared(contentDir);
    const started = performance.now();
    // Narratives and cite boxes are kept beside the data store, files per case digest (outputs-cache.ts),
    // and so is each case's data (kept-cases.ts): the store holds only digests and files.
    const outputsDir = fileURLToPath(new URL('casebook-outputs/', context.config.cacheDir));
    const outputs = outputsCache(outputsDir);
    const keptFile = fileURLToPath(new URL('casebook-cases.jsonl', context.config.cacheDir));
    const kept = readKeptCases(keptFile);
    const reusedIds = new Set<string>();
    try {
      const result = await readContent(contentDir, {
        entities: entitiesOf(contentDir),
        // A stored case whose file has the same digest was valid on its own when stored: reuse it.
        cached: (id, digest): CaseResult | undefined => {
          const entry = store.get(id);
          const keptCase = kept.get(id);
          if (entry?.digest !== storedDigest(digest) || !entry.rendered || keptCase?.digest !== digest) return undefined;
          // Its narrative and cite box are in their files, unless the cache lost one (or the build
          // that made them stopped before its cite box was written): then the case is read again.
          if (!outputs.has(digest, address !== undefined)) return undefined;
          reusedIds.add(id);
          // The HTML stays in the file (not read here): only the case's own page reads it.
          const rendered = { html: '', headings: (entry.rendered.metadata?.headings ?? []) as NarrativeHeading[] };
          const warnings = (entry.rendered.metadata?.warnings ?? []) as CaseResult['warnings'];
          return { id, file: `cases/${id}.mdx`, digest, raw: keptCase.data, data: keptCase.data, rendered, problems: [], warnings };
        },
        address,
        readCases: (jobs) => readCasesInWorkers(jobs, address, { threshold: workerCases, narratives: outputsDir }),
      });
      const label = relative(process.cwd(), contentDir) || '.';
      // Warnings are logged once a build, with the cases that have them reused or not.
      if (result.warnings.length > 0) logger.warn(`${result.warnings.length} content warning${result.warnings.length === 1 ? '' : 's'} (published as is):\n${formatWarnings(result.warnings, label)}`);
      if (result.problems.length > 0) {
        const report = formatProblems(result.problems, label);
        const message = `${result.problems.length} content problem${result.problems.length === 1 ? '' : 's'}; nothing was built:\n${report}`;
        // In development the site keeps serving the last good content and says what is wrong.
        if (context.watcher) return logger.error(message);
        throw new Error(message);
      }
      const valid = validCases(result);
      const ids = new Set(valid.map((c) => c.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      const folder = relative(process.cwd(), contentDir) || '.';
      const byId = new Map(result.cases.map((c) => [c.id, c]));
      const later: OutputsJob[] = [];
      for (const { id, data, rendered, digest } of valid) {
        // A case read in this build has its narrative written (by the worker that read it, or
        // here), and its cite box when it was made with it; a reused one's files are there (checked above).
        const read = byId.get(id);
        const made = read?.outputs;
        const outputsFile = reusedIds.has(id) ? outputs.fileFor(digest) : (read?.narrativeFile ?? outputs.write(digest, rendered.html, made));
        if (!reusedIds.has(id) && !made && address) later.push({ id, data, narrativeFile: outputsFile });
        const metadata = { headings: rendered.headings, warnings: byId.get(id)?.warnings ?? [], outputsFile };
        // Neither the data nor the HTML is stored: the pages take the data from loaded-content.ts and
        // the narrative from the outputs file, so neither is serialized, bundled and held with the store.
        store.set({ id, data: {}, digest: storedDigest(digest), filePath: `${folder}/cases/${id}.mdx`, rendered: { html: '', metadata } });
      }
      outputs.keepOnly(new Set(valid.map((c) => c.digest)));
      writeKeptCases(keptFile, valid.map(({ id, digest, data }) => ({ id, digest, data })));
      setLoadedContent(contentDir, { entities: result.entities, cases: valid.map(({ id, data }) => ({ id, data })) });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      logger.info(`${valid.length} cases valid (${valid.length - result.reused} read, ${result.reused} unchanged) in ${seconds} s`);
      // Cases read on worker threads come without cite boxes: they are made while the pages
      // bundle and render, each case page waits for its own (outputs-cache.ts outputsWritten),
      // and the build waits for all of them at its end (integrations/outputs-beside.ts).
      state.outputs = later.length > 0 && address ? makeOutputsBeside(later, address).then((ms) => ({ cases: later.length, ms })) : undefined;
      // Reported where the build waits for it; a promise nobody waits for (`astro sync`) must not stop the process.
      state.outputs?.catch(() => {});
    } finally {
      // The next build (or a change in development) reads the entity files again.
      state.entities = undefined;
    }
  };
  return {
    name: 'casebook-cases',
    load: async (context) => {
      await load(context);
      watch(context, contentDir, () => load(context));
    },
  };
}

const ENTITY_SCHEMAS = { firms: firmSchema, regulators: regulatorSchema, people: personSchema, laws: lawSchema } as const;

/**
 * An entity collection. Only valid files are stored; the cases loader reports every problem of
 * the tree (entity files included) in one list and stops the build.
 */
export function entityLoader(contentDir: string, kind: EntityKind): Loader {
  const load = async ({ store, generateDigest }: LoaderContext) => {
    const raw = await entitiesOf(contentDir);
    const seen = new Set<string>();
    for (const entry of raw.entries) {
      if (entry.collection !== kind) continue;
      const parsed = ENTITY_SCHEMAS[kind].safeParse(entry.data);
      if (!parsed.success) continue;
      seen.add(entry.id);
      store.set({ id: entry.id, data: parsed.data as Record<string, unknown>, digest: generateDigest(entry.data as Record<string, unknown>) });
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  };
  return {
    name: `casebook-${kind}`,
    load: async (context) => {
      await load(context);
      watch(context, contentDir, () => load(context));
    },
  };
}

export function dataCategoriesLoader(contentDir: string): Loader {
  const load = async ({ store, generateDigest }: LoaderContext) => {
    const raw = await entitiesOf(contentDir);
    const data = raw.dataCategories?.data;
    const seen = new Set<string>();
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      for (const [id, value] of Object.entries(data)) {
        const parsed = dataCategorySchema.safeParse(value);
        if (!parsed.success) continue;
        seen.add(id);
        store.set({ id, data: parsed.data, digest: generateDigest(parsed.data) });
      }
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  };
  return {
    name: 'casebook-data-categories',
    load: async (context) => {
      await load(context);
      watch(context, contentDir, () => load(context));
    },
  };
}
