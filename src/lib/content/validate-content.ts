/**
 * The one content reader and validator. The build's content loader, `npm run validate`, the
 * sitemap, the tests and the benchmark all call it, so the rules and messages are the same
 * everywhere. It reports every problem in one run. Each case is read by `readCase` (its own file
 * alone: frontmatter, narrative, rendering); a kept result for an unchanged file can stand in
 * for it; the checks that span files (references, aliases, parent chains) always run on all.
 * Problems break the contract and stop the build; warnings are valid content worth a second
 * look (a rule stricter than the contract), printed, and published.
 */
import type { z } from 'zod';
import type { CaseData } from './schema/case.ts';
import type { Casebook } from '../model/casebook.ts';
import { dataCategorySchema, firmSchema, lawSchema, personSchema, regulatorSchema, REQUIRED_DATA_CATEGORIES, type DataCategory } from './schema/entities.ts';
import { KIND_INFO, type EntityKind, type FileKind, type Target } from './kinds.ts';
import { loadEntities, readCaseFiles, type RawContent, type RawEntry } from './load-content.ts';
import { checkPlaceholders, isPlaceholderProblem } from './placeholders.ts';
import { formatFieldPath, problemFromIssue, sortProblems, type Problem } from './problems.ts';
import { readCase, caseDigest, type CaseResult } from './read-case.ts';
import type { SiteAddress } from './case-outputs.ts';
import { REFERENCE_FIELDS, valuesAt } from './references.ts';

const ENTITY_SCHEMAS: Record<EntityKind, z.ZodType> = {
  firms: firmSchema,
  regulators: regulatorSchema,
  people: personSchema,
  laws: lawSchema,
};

/** A case file to read: its text or its bytes (UTF-8), with its id and path. */
export interface CaseJob {
  id: string;
  file: string;
  source: string | Uint8Array;
}

export interface ReadOptions {
  /** A kept result for a case whose text still has this digest (a warm build's data store). */
  cached?: (id: string, digest: string) => CaseResult | undefined;
  /** Reads the cases that changed; by default on this thread (the loader passes worker threads). */
  readCases?: (jobs: CaseJob[]) => Promise<CaseResult[]>;
  /** The entity files, when another reader of this build has them already. */
  entities?: Promise<RawContent>;
  /** The site's address: given, each case read also gets its page outputs (its cite box). */
  address?: SiteAddress;
}

/** The entities as the Casebook holds them (model/casebook.ts), by kind and id. */
export type Entities = Omit<Casebook, 'cases'>;

export interface ContentResult {
  problems: Problem[];
  /** Valid by the contract, yet worth a look; never stop a build. */
  warnings: Problem[];
  counts: Record<FileKind | 'data-categories', number>;
  /** Every case file's result, in file-name order; `reused` counts those kept from an earlier read. */
  cases: CaseResult[];
  reused: number;
  /** The entities, as their schemas read them (those with problems left out). */
  entities: Entities;
}

const readHere = (address?: SiteAddress) => async (jobs: CaseJob[]) => jobs.map((job) => readCase(job.file, job.id, job.source, address));

/** Reads and validates a whole content tree. */
export async function readContent(contentDir: string, options: ReadOptions = {}): Promise<ContentResult> {
  const [raw, caseFiles] = await Promise.all([options.entities ?? loadEntities(contentDir), readCaseFiles(contentDir)]);
  const problems = [...raw.problems, ...caseFiles.flatMap((f) => f.problems)];
  const warnings = [...raw.warnings, ...caseFiles.flatMap((f) => f.warnings ?? [])];

  // Unchanged cases come from the cache; the others are read (on worker threads, when the loader says so).
  const readable = caseFiles.filter((f): f is typeof f & { source: Uint8Array } => f.source !== undefined);
  const results = new Map<string, CaseResult>();
  const jobs: CaseJob[] = [];
  for (const { id, file, source } of readable) {
    const kept = options.cached?.(id, caseDigest(source, options.address));
    if (kept) results.set(id, kept);
    else jobs.push({ id, file, source });
  }
  const reused = results.size;
  for (const result of await (options.readCases ?? readHere(options.address))(jobs)) results.set(result.id, result);
  const cases = readable.map(({ id }) => results.get(id)!);
  for (const result of cases) {
    problems.push(...result.problems);
    warnings.push(...result.warnings);
  }

  const ids: Record<Target, Set<string>> = {
    cases: new Set(cases.map((c) => c.id)),
    firms: new Set(), regulators: new Set(), people: new Set(), laws: new Set(), 'data-categories': new Set(),
  };
  for (const entry of raw.entries) ids[entry.collection].add(entry.id);

  const entities: Entities = { firms: new Map(), regulators: new Map(), people: new Map(), laws: new Map(), dataCategories: new Map() };
  if (raw.dataCategories) problems.push(...checkDataCategories(raw.dataCategories.file, raw.dataCategories.data, ids['data-categories'], entities.dataCategories));
  for (const entry of raw.entries) {
    const parsed = ENTITY_SCHEMAS[entry.collection].safeParse(entry.data, { reportInput: true });
    if (parsed.success) (entities[entry.collection] as Map<string, unknown>).set(entry.id, parsed.data);
    else problems.push(...parsed.error.issues.flatMap((issue) => problemFromIssue(entry.file, issue)));
    problems.push(...checkReferences('firms', entry.id, entry.file, entry.collection === 'firms' ? entry.data : undefined, ids), ...checkPlaceholders(entry.file, entry.data));
  }
  for (const result of cases) if (result.raw !== undefined) problems.push(...checkReferences('cases', result.id, result.file, result.raw, ids));
  problems.push(...checkAliases(cases), ...checkParentCycles(raw.entries));

  // A field with a real problem needs no second message saying it is still a placeholder.
  const flagged = new Set(problems.filter((p) => !isPlaceholderProblem(p)).map((p) => `${p.file}\0${p.field}`));
  const reported = problems.filter((p) => !isPlaceholderProblem(p) || !flagged.has(`${p.file}\0${p.field}`));

  const count = (kind: EntityKind) => raw.entries.filter((e) => e.collection === kind).length;
  return {
    problems: sortProblems(reported),
    warnings: sortProblems(warnings),
    counts: { cases: cases.length, firms: count('firms'), regulators: count('regulators'), people: count('people'), laws: count('laws'), 'data-categories': ids['data-categories'].size },
    cases,
    reused,
    entities,
  };
}

/** `npm run validate`: the problems of a tree and what it holds. */
export async function validateContent(contentDir: string): Promise<Pick<ContentResult, 'problems' | 'warnings' | 'counts'>> {
  const { problems, warnings, counts } = await readContent(contentDir);
  return { problems, warnings, counts };
}

/** The validated cases of a result: each with its schema-read data and rendered narrative. */
export function validCases(result: ContentResult): { id: string; data: CaseData; rendered: NonNullable<CaseResult['rendered']>; digest: string }[] {
  return result.cases.flatMap((c) => (c.data && c.rendered ? [{ id: c.id, data: c.data, rendered: c.rendered, digest: c.digest }] : []));
}

function checkDataCategories(file: string, data: unknown, known: Set<string>, into: Map<string, DataCategory>): Problem[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [{ file, field: '', message: 'expected a map from category id to { label, description }' }];
  }
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(data)) {
    known.add(id);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push({ file, field: id, message: 'expected an id of lower-case letters, digits and single hyphens' });
    const parsed = dataCategorySchema.safeParse(value, { reportInput: true });
    if (parsed.success) into.set(id, parsed.data);
    else problems.push(...parsed.error.issues.flatMap((issue) => problemFromIssue(file, issue, [id])));
  }
  for (const id of REQUIRED_DATA_CATEGORIES) {
    if (!known.has(id)) problems.push({ file, field: id, message: 'missing: the site ships this category id (content-model.md)' });
  }
  return problems;
}

function checkReferences(table: keyof typeof REFERENCE_FIELDS, selfId: string, file: string, data: unknown, ids: Record<Target, Set<string>>): Problem[] {
  if (data === undefined) return [];
  const self: Target = table === 'cases' ? 'cases' : 'firms';
  const problems: Problem[] = [];
  for (const { path, target } of REFERENCE_FIELDS[table]) {
    for (const [value, at] of valuesAt(data, path)) {
      if (!ids[target].has(value)) {
        problems.push({
          file,
          field: formatFieldPath(at),
          message: `unknown ${KIND_INFO[target].singular} "${value}": expected an id with a file ${KIND_INFO[target].file.replace('<id>', value)}`,
        });
      } else if (target === self && value === selfId) {
        problems.push({ file, field: formatFieldPath(at), message: `refers to itself ("${value}")` });
      }
    }
  }
  return problems;
}

/** Old ids stay public URLs: each alias is unique and never another case's id. */
function checkAliases(cases: CaseResult[]): Problem[] {
  const caseIds = new Set(cases.map((c) => c.id));
  const owners = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of cases) {
    for (const [alias, at] of valuesAt(entry.raw, 'aliases[]')) {
      const field = formatFieldPath(at);
      if (caseIds.has(alias)) {
        problems.push({ file: entry.file, field, message: `"${alias}" is the id of ${alias === entry.id ? 'this' : 'another'} case: an alias must be a retired id` });
      } else if (owners.has(alias) && owners.get(alias) !== entry.id) {
        problems.push({ file: entry.file, field, message: `"${alias}" is already an alias of case "${owners.get(alias)}"` });
      } else {
        owners.set(alias, entry.id);
      }
    }
  }
  return problems;
}

function checkParentCycles(entries: RawEntry[]): Problem[] {
  const parents = new Map<string, string>();
  for (const entry of entries) {
    if (entry.collection !== 'firms') continue;
    const parent = (entry.data as { parent?: unknown } | null)?.parent;
    if (typeof parent === 'string') parents.set(entry.id, parent);
  }
  const problems: Problem[] = [];
  for (const start of parents.keys()) {
    const seen = [start];
    let current = parents.get(start);
    while (current !== undefined && !seen.includes(current)) {
      seen.push(current);
      current = parents.get(current);
    }
    if (current === start && seen.length > 1) {
      problems.push({ file: `firms/${start}.yaml`, field: 'parent', message: `parent chain loops: ${[...seen, start].join(' → ')}` });
    }
  }
  return problems;
}
