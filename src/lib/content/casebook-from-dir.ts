/**
 * A Casebook from a content tree, outside Astro (the sitemap's fallback, tests, the benchmark):
 * the same reader and validator as the build's content loader, so what they see is what it
 * publishes.
 */
import { createCasebook, type Casebook } from '../model/casebook.ts';
import { formatProblems } from './problems.ts';
import { readContent, validCases } from './validate-content.ts';

export async function casebookFromDir(dir: string): Promise<Casebook> {
  const result = await readContent(dir);
  if (result.problems.length) throw new Error(`content problems in ${dir}:\n${formatProblems(result.problems, dir)}`);
  return createCasebook({ ...result.entities, cases: validCases(result).map(({ id, data }) => ({ id, data })) });
}
