/** Skeletons (`npm run new`) mark what is left to fill with TODO; such a file is never published. */
import { formatFieldPath, type Problem } from './problems.ts';
import { PLACEHOLDER } from './skeletons.ts';

export const isPlaceholderProblem = (problem: Problem) => problem.message.startsWith('unfilled placeholder');

export function checkPlaceholders(file: string, data: unknown, body?: string, bodyStartLine = 1): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER)) {
      problems.push({ file, field: formatFieldPath(path), message: `unfilled placeholder: replace "${value.slice(0, 40)}"` });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  const line = (body ?? '').split('\n').findIndex((text) => new RegExp(`\\b${PLACEHOLDER}\\b`).test(text));
  if (line >= 0) problems.push({ file, field: `body (line ${line + bodyStartLine})`, message: `unfilled placeholder: the narrative still says ${PLACEHOLDER}` });
  return problems;
}
