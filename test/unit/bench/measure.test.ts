/** The benchmark's case-page weight: what a reader's browser fetches to show the page. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { casePageWeight, staticImports } from '../../../src/cli/bench/measure.ts';

let dist: string | undefined;
afterEach(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
  dist = undefined;
});

/** A built site of the given files (paths under it, with their bodies), in a fresh folder. */
async function builtSite(files: Record<string, string>): Promise<string> {
  dist = await mkdtemp(join(tmpdir(), 'casebook-weight-'));
  for (const [path, body] of Object.entries(files)) {
    await mkdir(dirname(join(dist, path)), { recursive: true });
    await writeFile(join(dist, path), body);
  }
  return dist;
}

test('finds the static imports of a minified module, not its dynamic ones', () => {
  const js = 'import{n as e,t}from"./compare-state.C0S0Uix4.js";import"./side.js";export{a}from"../b.js";let x=`import "no"`;import("./later.js")';
  expect(staticImports(js)).toEqual(['./compare-state.C0S0Uix4.js', './side.js', '../b.js']);
});

test('counts the modules a case page’s scripts import, each once, and what they import in turn', async () => {
  const site = await builtSite({
    'cases/a/index.html': '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/one.js"></script><script type="module" src="/_astro/two.js"></script>',
    '_astro/a.css': 'p{}',
    '_astro/one.js': 'import{x}from"./shared.js";x()',
    '_astro/two.js': 'import"./shared.js";import("./later.js")',
    '_astro/shared.js': 'import"./deep.js";export const x=1',
    '_astro/deep.js': '',
  });
  const weight = await casePageWeight(site, ['a']);
  expect(weight.files.map((f) => f.path)).toEqual(['/cases/a/', '/_astro/a.css', '/_astro/one.js', '/_astro/two.js', '/_astro/shared.js', '/_astro/deep.js']);
});

test('names a module a script imports that the build did not write', async () => {
  const site = await builtSite({ 'cases/a/index.html': '<script type="module" src="/_astro/one.js"></script>', '_astro/one.js': 'import"./gone.js"' });
  await expect(casePageWeight(site, ['a'])).rejects.toThrow('case page a loads /_astro/gone.js, which is not in');
});
