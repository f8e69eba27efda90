/**
 * Where the cases loader keeps what only a case's own page shows — its narrative's HTML and its
 * cite box (case-outputs.ts) — one file per case digest, beside Astro's data store instead of in
 * it. Astro bundles the data store into the build's server code, so whatever it holds is
 * serialized, compiled and held, for every case, while every page renders: narratives were 65 % of
 * it (13.8 of 21.1 MB at 1,000 cases). A case page reads its own file when it renders. A file's
 * name is the digest it was made for, so a kept file is never stale: an edited case has a new digest.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseOutputs } from './case-outputs.ts';

/** A case's kept outputs: the narrative as the loader rendered it, and the cite box when the site's address was given. */
export interface KeptOutputs extends Partial<CaseOutputs> {
  narrative: string;
}

export interface OutputsCache {
  /** The file that holds the outputs made for this digest. */
  fileFor: (digest: string) => string;
  /** Whether the outputs of this digest are kept. */
  has: (digest: string) => boolean;
  write: (digest: string, outputs: KeptOutputs) => string;
  /** Deletes every kept file whose digest is not in `digests` (cases deleted or edited since). */
  keepOnly: (digests: ReadonlySet<string>) => void;
}

export function outputsCache(dir: string): OutputsCache {
  // Digests are base64url (read-case.ts): safe as file names.
  const fileFor = (digest: string) => join(dir, `${digest}.json`);
  return {
    fileFor,
    has: (digest) => existsSync(fileFor(digest)),
    write: (digest, outputs) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(fileFor(digest), JSON.stringify(outputs));
      return fileFor(digest);
    },
    keepOnly: (digests) => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) if (name.endsWith('.json') && !digests.has(name.slice(0, -'.json'.length))) rmSync(join(dir, name), { force: true });
    },
  };
}

/** A case page's outputs, from the file the loader stored with the case; undefined when it is gone. */
export function readCaseOutputs(file: string | undefined): KeptOutputs | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as KeptOutputs;
  } catch {
    return undefined;
  }
}
