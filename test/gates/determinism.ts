/** Byte-for-byte comparison of two builds: every file hashed, every difference named. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteFiles } from './site-files.ts';

export interface TreeDifference {
  /** Files only the first build has, only the second has, and files in both whose bytes differ. */
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
}

/**
 * Files allowed to differ between two builds of the same content, with the reason. None today:
 * Pagefind's index and Astro's hashed asset names are deterministic, and no page prints the build time.
 */
export const MAY_DIFFER: ReadonlyMap<string, string> = new Map();

/** SHA-256 of every file under a folder, by path relative to it. */
export function hashTree(root: string): Map<string, string> {
  return new Map(new SiteFiles(root).files.map((file) => [file, createHash('sha256').update(readFileSync(join(root, file))).digest('hex')]));
}

export function compareTrees(first: string, second: string, mayDiffer: ReadonlyMap<string, string> = MAY_DIFFER): TreeDifference {
  const [a, b] = [hashTree(first), hashTree(second)];
  const allowed = (file: string) => !mayDiffer.has(file);
  return {
    onlyInFirst: [...a.keys()].filter((file) => !b.has(file)).filter(allowed),
    onlyInSecond: [...b.keys()].filter((file) => !a.has(file)).filter(allowed),
    differing: [...a.keys()].filter((file) => b.has(file) && a.get(file) !== b.get(file)).filter(allowed),
  };
}
