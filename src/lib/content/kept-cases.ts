/**
 * The cases loader's own record of each valid case's data by the digest it was read with, kept
 * beside Astro's data store (which holds only digests and files: loaded-content.ts says why), so
 * a warm build reuses an unchanged case's data without reading its file. One line of JSON a case,
 * written whole for every build (write-whole.ts).
 */
import { readFileSync } from 'node:fs';
import type { CaseData } from './schema/case.ts';
import { writeWhole } from './write-whole.ts';

export interface KeptCase {
  id: string;
  digest: string;
  data: CaseData;
}

/** The cases kept by the last build, by id; none when the file is missing or unreadable. */
export function readKeptCases(file: string): Map<string, KeptCase> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Map();
  }
  const kept = new Map<string, KeptCase>();
  try {
    for (const line of text.split('\n')) {
      if (!line) continue;
      const entry = JSON.parse(line) as KeptCase;
      kept.set(entry.id, entry);
    }
  } catch {
    // A damaged file keeps nothing: every case is read again.
    return new Map();
  }
  return kept;
}

export function writeKeptCases(file: string, cases: Iterable<KeptCase>): void {
  const lines: string[] = [];
  for (const { id, digest, data } of cases) lines.push(JSON.stringify({ id, digest, data }));
  writeWhole(file, lines.length ? `${lines.join('\n')}\n` : '');
}
