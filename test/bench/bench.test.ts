// `npm run bench` at N = 100, end to end, to prove it works: generation, validation, the site
// build and its index, its warm rebuild after one edit, both floor builds, the page weight and a
// first search in Chromium.
// Not a timed test: nothing here asserts how fast anything was, only that every figure is there.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { removeBuilds, ROOT, tempOutDir } from '../support/build-site.ts';

const work = tempOutDir();
afterAll(() => removeBuilds(work));

test('npm run bench -- --sizes 100 reports every figure for the site, its warm rebuild and both floors', () => {
  const benchmarks = readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8');
  const run = spawnSync(process.execPath, ['src/cli/bench.ts', '--sizes', '100', '--work', work, '--settle', '0'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(0);
  const row = (label: string) => output.split('\n').find((line) => line.startsWith(`| ${label} |`)) ?? '';
  expect(row('Pages built (site / floor)')).toMatch(/\| \d[\d,]* \/ 100 \|$/);
  expect(row('**Build + index, wall** (site / MDX floor)')).toMatch(/\*\*[\d.]+ s\*\* \/ [\d.]+ s \([\d.]+×\)/);
  expect(row('… the data floor (same bare pages, data-first loader); site ÷ data floor')).toMatch(/\| [\d.]+ s \([\d.]+×\) \|$/);
  // One case edited: the loader reads that one and reuses the other 99; Astro copies the pages that do not show it.
  const warm = row('**Warm rebuild**, one case edited, caches kept (÷ cold; cases read; paths rendered and copied)');
  expect(warm).toMatch(/\*\*[\d.]+ s\*\* \([\d.]+×\); 1 read, 99 unchanged; [\d,]+ paths rendered, [\d,]+ copied \|$/);
  const [rendered, copied] = /([\d,]+) paths rendered, ([\d,]+) copied/.exec(warm)!.slice(1).map((n) => Number(n.replace(/,/g, '')));
  expect(copied).toBeGreaterThan(rendered);
  expect(row('… build step / index step, each alone (site)')).toMatch(/[\d.]+ [MG]B \(largest process .+\) \/ [\d.]+ [MG]B/);
  expect(row('… Pagefind indexing (log line)')).toMatch(/[\d.]+ s \/ [\d.]+ s/);
  expect(row('**Peak RSS, build process tree** (site / floor)')).toMatch(/\*\*[\d.]+ [MG]B\*\* \/ [\d.]+ [MG]B/);
  expect(row('**Median case page, HTML+CSS+JS, gzip** (raw)')).toMatch(/\*\*[\d.]+ KB\*\* \([\d.]+ KB, \d+ files\)/);
  expect(row('**First search, fetched, gzip-equivalent** (raw)')).toMatch(/\*\*[\d.,]+ KB\*\* \([\d.,]+ KB, \d+ requests\)/);
  expect(row('… query, cases containing it')).toContain('100 of 100');
  // Without --write the committed figures stay as they are.
  expect(readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8')).toBe(benchmarks);
});
