/**
 * Reads the raw files of a content directory: YAML entity files and case files, each once.
 * Parses YAML with the core schema of YAML 1.2 (js-yaml's CORE_SCHEMA: no timestamps), so an unquoted
 * `2024-02-30` stays text the date rule can reject instead of rolling over to 1 March; a key written
 * twice is an error. js-yaml, measured on the benchmark's frontmatter: 7× faster than the `yaml`
 * package, with the same data for every file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ID_PATTERN } from './schema/common.ts';
import { DATA_CATEGORIES_FILE, ENTITY_KINDS, type EntityKind } from './kinds.ts';
import type { Problem } from './problems.ts';

/** An entity file, YAML parsed, not yet validated. */
export interface RawEntry {
  collection: EntityKind;
  id: string;
  /** Relative to the content directory. */
  file: string;
  data: unknown;
}

export interface RawContent {
  entries: RawEntry[];
  dataCategories?: { file: string; data: unknown };
  problems: Problem[];
  /** Files the build skips (a note beside the cases): allowed, but maybe a case saved as .md. */
  warnings: Problem[];
}

/** YAML frontmatter between `---` lines at the top of an MDX file (group 1: the YAML). */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** YAML 1.2 (core schema) as plain data, or the file's problems. */
export function parseYaml(text: string, file: string, lineOffset = 0): { data?: unknown; problems: Problem[] } {
  try {
    return { data: yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file }), problems: [] };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    // Line and column of the file: the frontmatter starts after line `lineOffset`.
    const line = (error.mark?.line ?? 0) + 1 + lineOffset;
    const column = (error.mark?.column ?? 0) + 1;
    return { problems: [{ file, field: '', message: `malformed YAML at line ${line}, column ${column}: ${error.reason}` }] };
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function checkId(id: string, file: string): Problem[] {
  return ID_PATTERN.test(id)
    ? []
    : [{ file, field: '', message: `file name "${id}" is not a valid id: use lower-case letters, digits and single hyphens` }];
}

/** A case file found in the tree: its text, or why it cannot be read as a case. */
export interface CaseFile {
  id: string;
  file: string;
  /**
   * The file's bytes, decoded only where the case is read: the build's thread digests them to
   * find the unchanged cases and hands the changed ones to workers undecoded, so a large
   * Casebook's text is never held on that thread's heap (case-workers.ts).
   */
  source?: Uint8Array;
  problems: Problem[];
  warnings?: Problem[];
}

/** The case files of a tree, each read once. */
export async function readCaseFiles(contentDir: string): Promise<CaseFile[]> {
  const files: CaseFile[] = [];
  for (const name of await listFiles(join(contentDir, 'cases'))) {
    const file = `cases/${name}`;
    if (name.startsWith('.')) continue;
    if (!name.endsWith('.mdx')) {
      files.push({ id: name, file, problems: [], warnings: [{ file, field: '', message: 'unexpected file, not published: a case is a .mdx file' }] });
      continue;
    }
    const id = name.slice(0, -'.mdx'.length);
    files.push({ id, file, source: await readFile(join(contentDir, file)), problems: checkId(id, file) });
  }
  return files;
}

/** Entity files and the data-category vocabulary, YAML parsed. */
export async function loadEntities(contentDir: string): Promise<RawContent> {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];

  for (const collection of ENTITY_KINDS) {
    for (const name of await listFiles(join(contentDir, collection))) {
      const file = `${collection}/${name}`;
      if (name.startsWith('.')) continue;
      const extension = /\.ya?ml$/.exec(name);
      if (!extension) {
        warnings.push({ file, field: '', message: 'unexpected file, not published: an entity is a .yaml file' });
        continue;
      }
      const id = name.slice(0, extension.index);
      problems.push(...checkId(id, file));
      const twin = entries.find((e) => e.collection === collection && e.id === id);
      if (twin) {
        problems.push({ file, field: '', message: `duplicate id "${id}": ${twin.file} has the same id` });
        continue;
      }
      const parsed = parseYaml(await readFile(join(contentDir, file), 'utf8'), file);
      problems.push(...parsed.problems);
      if (parsed.problems.length === 0) entries.push({ collection, id, file, data: parsed.data });
    }
  }

  let dataCategories: RawContent['dataCategories'];
  try {
    const parsed = parseYaml(await readFile(join(contentDir, DATA_CATEGORIES_FILE), 'utf8'), DATA_CATEGORIES_FILE);
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) dataCategories = { file: DATA_CATEGORIES_FILE, data: parsed.data };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    problems.push({ file: DATA_CATEGORIES_FILE, field: '', message: 'missing: the data-category vocabulary is required' });
  }

  return { entries, dataCategories, problems, warnings };
}
