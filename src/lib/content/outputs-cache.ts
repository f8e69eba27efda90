/**
 * Where the cases loader keeps what only a case's own page shows — its narrative's HTML and its
 * page outputs (its cite box: case-outputs.ts) — in files named by the case's digest, beside
 * Astro's data store instead of in it. Astro bundles the data store into the build's server code,
 * so whatever it holds is serialized, compiled and held, for every case, while every page renders:
 * narratives were 65 % of it (13.8 of 21.1 MB at 1,000 cases). A case page reads its own files
 * when it renders. A file's name is the digest it was made for, so a kept file is never stale: an
 * edited case has a new digest.
 *
 * The two are separate files because they are made at different times: the narrative while the
 * case is read, the cite box, in a large build, on worker threads while the pages bundle and
 * render (case-outputs-workers.ts). A page whose cite box is still being made waits for its file
 * (outputsWritten).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseOutputs } from './case-outputs.ts';
import { writeWhole } from './write-whole.ts';

/** A case's kept outputs: the narrative as the loader rendered it, and the cite box when the site's address was given. */
export interface KeptOutputs extends Partial<CaseOutputs> {
  narrative: string;
}

export interface OutputsCache {
  /** The file that holds the narrative made for this digest: the one recorded with the case. */
  fileFor: (digest: string) => string;
  /** Whether the narrative of this digest is kept, and its page outputs when `withOutputs`. */
  has: (digest: string, withOutputs: boolean) => boolean;
  /** Writes the narrative, and the page outputs when given; returns the narrative's file. */
  write: (digest: string, narrative: string, outputs?: CaseOutputs) => string;
  /** Deletes every kept file whose digest is not in `digests` (cases deleted or edited since). */
  keepOnly: (digests: ReadonlySet<string>) => void;
}

const NARRATIVE = '.json';
const OUTPUTS = '.outputs.json';

/** The file of a case's page outputs, beside the file of its narrative. */
export const outputsFileOf = (narrativeFile: string) => `${narrativeFile.slice(0, -NARRATIVE.length)}${OUTPUTS}`;

/**
 * Writes a case's page outputs whole or not at all: the file's presence is what tells the next
 * build they are kept, and a worker stopped mid-write must not leave half of them.
 */
export function writeOutputsFile(file: string, outputs: CaseOutputs): void {
  writeWhole(file, JSON.stringify(outputs));
}

export function outputsCache(dir: string): OutputsCache {
  // Digests are base64url (read-case.ts): safe as file names.
  const fileFor = (digest: string) => join(dir, `${digest}${NARRATIVE}`);
  return {
    fileFor,
    has: (digest, withOutputs) => existsSync(fileFor(digest)) && (!withOutputs || existsSync(outputsFileOf(fileFor(digest)))),
    write: (digest, narrative, outputs) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(fileFor(digest), JSON.stringify({ narrative }));
      if (outputs) writeOutputsFile(outputsFileOf(fileFor(digest)), outputs);
      return fileFor(digest);
    },
    keepOnly: (digests) => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) {
        // Temporary files are left by a write that was stopped: never kept.
        const digest = name.endsWith(OUTPUTS) ? name.slice(0, -OUTPUTS.length) : name.endsWith(NARRATIVE) ? name.slice(0, -NARRATIVE.length) : undefined;
        if (digest === undefined || !digests.has(digest)) rmSync(join(dir, name), { force: true });
      }
    },
  };
}

/** A case page's outputs, from the files the loader stored with the case; undefined when the narrative's is gone. */
export function readCaseOutputs(file: string | undefined): KeptOutputs | undefined {
  if (!file) return undefined;
  let narrative: string;
  try {
    narrative = (JSON.parse(readFileSync(file, 'utf8')) as KeptOutputs).narrative;
  } catch {
    return undefined;
  }
  try {
    return { ...(JSON.parse(readFileSync(outputsFileOf(file), 'utf8')) as CaseOutputs), narrative };
  } catch {
    // Made without the site's address, or lost: the page makes its own cite box.
    return { narrative };
  }
}

/**
 * Page outputs still being made in this process, by the file of their case's narrative. A
 * process-wide key, because the loader that starts them and the pages that wait for them are
 * separate module instances (the config's and the bundled build's).
 */
interface Pending {
  written: Promise<void>;
  /** Asks for these outputs to be made next: a page is waiting for them. */
  hurry: () => void;
}
const PENDING = Symbol.for('casebook.outputs-pending');
const pending = () => ((globalThis as Record<symbol, unknown>)[PENDING] ??= new Map<string, Pending>()) as Map<string, Pending>;

/** Says that the outputs of a case (by its narrative's file) are being made, and how to hurry them. */
export function expectOutputs(file: string, written: Promise<void>, hurry: () => void): void {
  // A failure is reported to the page that waits; a promise nobody waits for must not stop the process.
  written.catch(() => {});
  const all = pending();
  all.set(file, { written, hurry });
  void written.then(() => all.get(file)?.written === written && all.delete(file), () => {});
}

/** Resolves once the outputs of the case whose narrative is in `file` are written (at once if none are being made). */
export async function outputsWritten(file: string | undefined): Promise<void> {
  const entry = file ? pending().get(file) : undefined;
  if (!entry) return;
  entry.hurry();
  await entry.written;
}
