/**
 * The one content validator. `npm run validate` and the build both call it, so the
 * rules and messages are the same everywhere. It reports every problem in one run.
 * Problems break the contract and stop the build; warnings are valid content worth a
 * second look (a rule stricter than the contract), printed, and published.
 */
import type { z } from 'zod';
import { caseSchema } from './schema/case.ts';
import { checkCaseWarnings } from './schema/case-rules.ts';
import { dataCategorySchema, firmSchema, lawSchema, personSchema, regulatorSchema, REQUIRED_DATA_CATEGORIES } from './schema/entities.ts';
import { checkBody } from './check-body.ts';
import { loadContent, type Collection, type RawEntry } from './load-content.ts';
import { formatFieldPath, problemFromIssue, sortProblems, type Problem } from './problems.ts';
import { REFERENCE_FIELDS, valuesAt, type Target } from './references.ts';
import { PLACEHOLDER } from './skeletons.ts';

const SCHEMAS: Record<Collection, z.ZodType> = {
  cases: caseSchema,
  firms: firmSchema,
  regulators: regulatorSchema,
  people: personSchema,
  laws: lawSchema,
};

const TARGET_NAMES: Record<Target, string> = {
  cases: 'case',
  firms: 'firm',
  regulators: 'regulator',
  people: 'person',
  laws: 'law',
  'data-categories': 'data category',
};

const TARGET_FILES: Record<Target, string> = {
  cases: 'content/cases/<id>.mdx',
  firms: 'content/firms/<id>.yaml',
  regulators: 'content/regulators/<id>.yaml',
  people: 'content/people/<id>.yaml',
  laws: 'content/laws/<id>.yaml',
  'data-categories': 'content/data-categories.yaml',
};

export interface ValidationResult {
  problems: Problem[];
  /** Valid by the contract, yet worth a look; never stop a build. */
  warnings: Problem[];
  counts: Record<Collection | 'data-categories', number>;
}

export async function validateContent(contentDir: string): Promise<ValidationResult> {
  const raw = await loadContent(contentDir);
  const problems = [...raw.problems];
  const warnings = [...raw.warnings];

  const ids: Record<Target, Set<string>> = {
    cases: new Set(), firms: new Set(), regulators: new Set(), people: new Set(), laws: new Set(), 'data-categories': new Set(),
  };
  for (const entry of raw.entries) ids[entry.collection].add(entry.id);

  if (raw.dataCategories) problems.push(...checkDataCategories(raw.dataCategories.file, raw.dataCategories.data, ids['data-categories']));

  for (const entry of raw.entries) {
    const parsed = SCHEMAS[entry.collection].safeParse(entry.data, { reportInput: true });
    if (!parsed.success) problems.push(...parsed.error.issues.flatMap((issue) => problemFromIssue(entry.file, issue)));
    problems.push(...checkReferences(entry, ids), ...checkPlaceholders(entry));
    if (entry.collection === 'cases') {
      problems.push(...checkCaseFile(entry));
      warnings.push(...checkCaseWarnings(entry.data).map(({ path, message }) => ({ file: entry.file, field: formatFieldPath(path), message })));
    }
  }
  problems.push(...checkAliases(raw.entries), ...checkParentCycles(raw.entries));

  // A field with a real problem needs no second message saying it is still a placeholder.
  const flagged = new Set(problems.filter((p) => !p.message.startsWith('unfilled placeholder')).map((p) => `${p.file}\0${p.field}`));
  const reported = problems.filter((p) => !p.message.startsWith('unfilled placeholder') || !flagged.has(`${p.file}\0${p.field}`));

  const count = (collection: Collection) => raw.entries.filter((e) => e.collection === collection).length;
  return {
    problems: sortProblems(reported),
    warnings: sortProblems(warnings),
    counts: {
      cases: count('cases'), firms: count('firms'), regulators: count('regulators'), people: count('people'), laws: count('laws'),
      'data-categories': ids['data-categories'].size,
    },
  };
}

function checkDataCategories(file: string, data: unknown, known: Set<string>): Problem[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [{ file, field: '', message: 'expected a map from category id to { label, description }' }];
  }
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(data)) {
    known.add(id);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push({ file, field: id, message: 'expected an id of lower-case letters, digits and single hyphens' });
    const parsed = dataCategorySchema.safeParse(value, { reportInput: true });
    if (!parsed.success) problems.push(...parsed.error.issues.flatMap((issue) => problemFromIssue(file, issue, [id])));
  }
  for (const id of REQUIRED_DATA_CATEGORIES) {
    if (!known.has(id)) problems.push({ file, field: id, message: 'missing: the site ships this category id (content-model.md)' });
  }
  return problems;
}

function checkReferences(entry: RawEntry, ids: Record<Target, Set<string>>): Problem[] {
  const fields = REFERENCE_FIELDS[entry.collection as keyof typeof REFERENCE_FIELDS] ?? [];
  const problems: Problem[] = [];
  for (const { path, target } of fields) {
    for (const [value, at] of valuesAt(entry.data, path)) {
      if (!ids[target].has(value)) {
        problems.push({
          file: entry.file,
          field: formatFieldPath(at),
          message: `unknown ${TARGET_NAMES[target]} "${value}": expected an id with a file ${TARGET_FILES[target].replace('<id>', value)}`,
        });
      } else if (target === entry.collection && value === entry.id) {
        problems.push({ file: entry.file, field: formatFieldPath(at), message: `refers to itself ("${value}")` });
      }
    }
  }
  return problems;
}

/** The narrative: allowed MDX only, and every footnote label is a source id or defined in the body. */
function checkCaseFile(entry: RawEntry): Problem[] {
  const result = checkBody(entry.body ?? '', entry.file, entry.bodyStartLine ?? 1);
  const sourceIds = new Set([...valuesAt(entry.data, 'sources[].id')].map(([value]) => value));
  const defined = new Set(result.footnoteDefinitions);
  const unresolved = result.footnoteReferences
    .filter((label) => !sourceIds.has(label) && !defined.has(label))
    .map((label) => ({
      file: entry.file,
      field: `body [^${label}]`,
      message: `footnote "${label}" matches no source id (${[...sourceIds].join(', ') || 'no sources'}) and has no definition`,
    }));
  return [...result.problems, ...unresolved];
}

/** Old ids stay public URLs: each alias is unique and never another case's id. */
function checkAliases(entries: RawEntry[]): Problem[] {
  const cases = entries.filter((e) => e.collection === 'cases');
  const caseIds = new Set(cases.map((e) => e.id));
  const owners = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of cases) {
    for (const [alias, at] of valuesAt(entry.data, 'aliases[]')) {
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

/** Skeletons (`npm run new`) mark what is left to fill with TODO; such a file is never published. */
function checkPlaceholders(entry: RawEntry): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER)) {
      problems.push({ file: entry.file, field: formatFieldPath(path), message: `unfilled placeholder: replace "${value.slice(0, 40)}"` });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(entry.data, []);
  const line = (entry.body ?? '').split('\n').findIndex((text) => new RegExp(`\\b${PLACEHOLDER}\\b`).test(text));
  if (line >= 0) problems.push({ file: entry.file, field: `body (line ${line + (entry.bodyStartLine ?? 1)})`, message: `unfilled placeholder: the narrative still says ${PLACEHOLDER}` });
  return problems;
}
