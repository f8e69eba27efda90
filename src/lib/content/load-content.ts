/**
 * Reads the raw files of a content directory: YAML entity files, case frontmatter
 * and MDX bodies. Parses YAML 1.2 (core schema), so an unquoted `2024-02-30`
 * stays text the date rule can reject instead of rolling over to 1 March.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ID_PATTERN } from './schema/common.ts';
import type { Problem } from './problems.ts';

export const ENTITY_COLLECTIONS = ['firms', 'regulators', 'people', 'laws'] as const;
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];
export type Collection = 'cases' | EntityCollection;

export interface RawEntry {
  collection: Collection;
  id: string;
  /** Relative to the content directory. */
  file: string;
  data: unknown;
  /** MDX narrative (cases only). */
  body?: string;
  /** Line in the file where the body starts (1-based), to report body problems by file line. */
  bodyStartLine?: number;
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

/**
 * Parsed YAML by the text's hash. One build reads each frontmatter several times (the validator,
 * the source-footnote transform, the sitemap's dates); the text is parsed once. Keyed by content,
 * so an edited file (dev server) is parsed again.
 */
const parsedYaml = new Map<string, { data?: unknown; errors: { pos: [number, number]; message: string }[] }>();

function parseYamlOnce(text: string) {
  const key = createHash('sha1').update(text).digest('base64');
  let parsed = parsedYaml.get(key);
  if (!parsed) {
    const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
    parsed = doc.errors.length > 0 ? { errors: doc.errors.map(({ pos, message }) => ({ pos, message })) } : { data: doc.toJS(), errors: [] };
    parsedYaml.set(key, parsed);
  }
  return parsed;
}

/** YAML 1.2 (core schema) as plain data, or the file's problems. Callers must not mutate the data: it is shared. */
export function parseYaml(text: string, file: string, lineOffset = 0): { data?: unknown; problems: Problem[] } {
  const { data, errors } = parseYamlOnce(text);
  if (errors.length > 0) {
    return {
      problems: errors.map((error) => {
        // Line and column of the file, counted from error.pos: the frontmatter starts after line `lineOffset`.
        const before = text.slice(0, error.pos[0]).split('\n');
        const line = before.length + lineOffset;
        const column = before[before.length - 1].length + 1;
        return { file, field: '', message: `malformed YAML at line ${line}, column ${column}: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}` };
      }),
    };
  }
  return { data, problems: [] };
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

export async function loadContent(contentDir: string): Promise<RawContent> {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];

  for (const name of await listFiles(join(contentDir, 'cases'))) {
    const file = `cases/${name}`;
    if (name.startsWith('.')) continue;
    if (!name.endsWith('.mdx')) {
      warnings.push({ file, field: '', message: 'unexpected file, not published: a case is a .mdx file' });
      continue;
    }
    const id = name.slice(0, -'.mdx'.length);
    problems.push(...checkId(id, file));
    const text = await readFile(join(contentDir, file), 'utf8');
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push({ file, field: '', message: 'expected YAML frontmatter between --- lines at the top of the file' });
      continue;
    }
    const parsed = parseYaml(match[1], file, 1);
    problems.push(...parsed.problems);
    if (parsed.problems.length > 0) continue;
    const bodyStartLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
    entries.push({ collection: 'cases', id, file, data: parsed.data, body: text.slice(match[0].length), bodyStartLine });
  }

  for (const collection of ENTITY_COLLECTIONS) {
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
  const categoriesFile = 'data-categories.yaml';
  try {
    const parsed = parseYaml(await readFile(join(contentDir, categoriesFile), 'utf8'), categoriesFile);
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) dataCategories = { file: categoriesFile, data: parsed.data };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    problems.push({ file: categoriesFile, field: '', message: 'missing: the data-category vocabulary is required' });
  }

  return { entries, dataCategories, problems, warnings };
}
