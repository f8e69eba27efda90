/**
 * A build that keeps its cache reads only the cases whose files changed: the loader stores each
 * case's data, rendered narrative and digest, and reuses them while the file is unchanged.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, removeBuilds, tempOutDir } from '../support/build-site.ts';

let content: string;
let out: string;
const cache = () => ({ CASEBOOK_CACHE_DIR: `${out}-kept-cache` });
const build = () => {
  const result = buildSite(content, out, cache());
  if (result.status !== 0) throw new Error(result.output);
  return result.output;
};
const loaderLine = (output: string) => /(\d+) cases valid \((\d+) read, (\d+) unchanged\)/.exec(output)?.slice(1).map(Number);

beforeAll(() => {
  content = tempOutDir();
  cpSync('test/fixtures/good', content, { recursive: true });
  out = tempOutDir();
});
afterAll(() => removeBuilds(out, `${out}-kept`, content));

test('a cold build reads every case; a rebuild with the cache kept reads none; an edit reads that case only', () => {
  expect(loaderLine(build())).toEqual([3, 3, 0]);
  expect(loaderLine(build())).toEqual([3, 0, 3]);

  const file = join(content, 'cases', 'minimal-case.mdx');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added by an editor.[^minimal-source]\n`);
  expect(loaderLine(build())).toEqual([3, 1, 2]);
  const page = readFileSync(join(out, 'cases', 'minimal-case', 'index.html'), 'utf8');
  expect(page).toContain('A sentence added by an editor.<a href="#source-minimal-source"');
  // The unchanged cases are published as before, from the kept data.
  expect(readFileSync(join(out, 'cases', 'full-case', 'index.html'), 'utf8')).toContain('id="narrative-p1"');
});

test('a case that becomes invalid stops the rebuild, even with a kept result for its old text', () => {
  const file = join(content, 'cases', 'third-case.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('status: appealed', 'status: pending'));
  const result = buildSite(content, out, cache());
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('cases/third-case.mdx: status:');
});
