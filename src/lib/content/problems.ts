/** A content problem: which file, which field, what was expected. One line each when printed. */
import type { z } from 'zod';

export interface Problem {
  /** Path of the file relative to the content directory, e.g. `cases/kakaopay-alipay-2024.mdx`. */
  file: string;
  /** Field path like `timeline[2].date`; empty for a problem with the whole file. */
  field: string;
  message: string;
}

/** ['timeline', 2, 'date'] → 'timeline[2].date' */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function describeInput(input: unknown): string {
  if (input instanceof Date) return input.toISOString().slice(0, 10);
  if (typeof input === 'string') return `"${input}"`;
  return JSON.stringify(input) ?? String(input);
}

/** Turns a zod issue into a problem whose message a content editor understands. */
export function problemFromIssue(file: string, issue: z.core.$ZodIssue, prefix: PropertyKey[] = []): Problem[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        file,
        field: formatFieldPath([...path, key]),
        message: 'unknown field: the content model has no such field here (check the spelling)',
      }));
    case 'invalid_type': {
      // A schema's own message ("expected a whole number") says more than zod's default ("Invalid input…").
      const expected = issue.message.startsWith('Invalid input') ? `expected ${issue.expected}` : issue.message;
      if (issue.input === undefined) {
        return [{ file, field: formatFieldPath(path), message: `is required (${expected})` }];
      }
      return [{ file, field: formatFieldPath(path), message: `${expected}, got ${describeInput(issue.input)}` }];
    }
    case 'invalid_key':
      return issue.issues.flatMap((inner) => problemFromIssue(file, { ...inner, path: [] } as z.core.$ZodIssue, [...path])).map((p) => ({
        ...p,
        message: `key ${p.message}`,
      }));
    case 'invalid_value':
      if (issue.input === undefined) {
        return [{ file, field: formatFieldPath(path), message: `is required (one of ${issue.values.map(String).join(', ')})` }];
      }
      return [{
        file,
        field: formatFieldPath(path),
        message: `expected one of ${issue.values.map(String).join(', ')}; got ${describeInput(issue.input)}`,
      }];
    case 'invalid_union':
      if (issue.input === undefined) return [{ file, field: formatFieldPath(path), message: `is required (${issue.message})` }];
      return [{ file, field: formatFieldPath(path), message: `${issue.message}, got ${describeInput(issue.input)}` }];
    default:
      return [{ file, field: formatFieldPath(path), message: issue.message }];
  }
}

/** `content/cases/x.mdx: timeline[2].date: expected …` — sorted, so output is stable. */
export function formatProblems(problems: readonly Problem[], contentDirLabel: string): string {
  return sortProblems(problems)
    .map((p) => `${contentDirLabel}/${p.file}: ${p.field ? `${p.field}: ` : ''}${p.message}`)
    .join('\n');
}

/** The same lines, each marked `warning: ` so a reader never takes one for an error. */
export function formatWarnings(warnings: readonly Problem[], contentDirLabel: string): string {
  return warnings.length ? formatProblems(warnings, contentDirLabel).replace(/^/gm, 'warning: ') : '';
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file, 'en') || a.field.localeCompare(b.field, 'en'));
}
