/** The benchmark's case-page weight: what a reader's browser fetches to show the page. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { casePageWeight, staticImports } from '../../../src/cli/bench/measure.ts';

let dist: string | undefined;
afterEach(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
  dist = undefined;
});

test('finds the static imports of a minified module, not its dynamic ones', () => {
  const js = 'import{n as e,t}from"./compare-state.C0S0Uix4.js";import"./side.js";export{a}from"../b.js";let x=`import "no"`;import("./later.js")';
  expect(staticImports(js)).toEqual(['./compare-state.C0S0Uix4.js', './side.js', '../b.js']);
});

test('counts the modules a case page’s scripts import, each once, and what they import in turn', async () => {
  dist = await mkdtemp(join(tmpdir(), 'casebook-weight-'));
  await mkdir(join(dist, 'cases', 'a'), { recursive: true });
  await mkdir(join(dist, '_astro'));
  await writeFile(join(dist, 'cases', 'a', 'index.html'), '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/one.js"></script><script type="module" src="/_astro/two.js"></script>');
  await writeFile(join(dist, '_astro', 'a.css'), 'p{}');
  await writeFile(join(dist, '_astro', 'one.js'), 'import{x}from"./shared.js";x()');
  await writeFile(join(dist, '_astro', 'two.js'), 'import"./shared.js";import("./later.js")');
  await writeFile(join(dist, '_astro', 'shared.js'), 'import"./deep.js";export const x=1');
  await writeFile(join(dist, '_astro', 'deep.js'), '');
  const weight = await casePageWeight(dist, ['a']);
  expect(weight.files.map((f) => f.path)).toEqual(['/cases/a/', '/_astro/a.css', '/_astro/one.js', '/_astro/two.js', '/_astro/shared.js', '/_astro/deep.js']);
});

test('names a module a script imports that the build did not write', async () => {
  dist = await mkdtemp(join(tmpdir(), 'casebook-weight-'));
  await mkdir(join(dist, 'cases', 'a'), { recursive: true });
  await mkdir(join(dist, '_astro'));
  await writeFile(join(dist, 'cases', 'a', 'index.html'), '<script type="module" src="/_astro/one.js"></script>');
  await writeFile(join(dist, '_astro', 'one.js'), 'import"./gone.js"');
  await expect(casePageWeight(dist, ['a'])).rejects.toThrow('case page a loads /_astro/gone.js, which is not in');
});
