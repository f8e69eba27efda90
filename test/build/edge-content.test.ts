/**
 * Valid content at the edges of the contract builds: every edge fixture (test/fixtures/edge) on
 * the good tree, in one build, and each case page and redirect is there with what it must show.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { buildSite, removeBuilds, ROOT, type BuildResult } from '../support/build-site.ts';
import { edgeFixtures, writeEdgeTree } from '../support/edge-fixtures.ts';

const fixtures = edgeFixtures();
/**
 * Always the same path: Astro's content cache keeps an unchanged file's first path, so the same
 * files copied to a fresh temporary folder each run would be looked for in the last run's folder.
 */
const content = join(ROOT, 'node_modules/.cache/casebook-edge-content');
let build: BuildResult;

beforeAll(() => {
  rmSync(content, { recursive: true, force: true });
  writeEdgeTree(content, fixtures);
  build = buildSite(content);
  if (build.status !== 0) throw new Error(`the edge tree did not build:\n${build.output}`);
});
afterAll(() => removeBuilds(build?.outDir, content));

const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');

const pages = fixtures.flatMap((fixture) => fixture.cases.map((id) => ({ fixture: fixture.name, id, shows: fixture.shows })));
const redirects = fixtures.flatMap((fixture) => Object.entries(fixture.redirects).map(([old, id]) => ({ old, id })));

test.each(pages)('builds the page of $id ($fixture)', ({ id, shows }) => {
  const html = page(`cases/${id}`);
  expect(html).toMatch(/<h1[^>]*>/);
  for (const text of shows) expect(html, `cases/${id}/ shows ${text}`).toContain(text);
});

test.each(redirects)('keeps the old id $old as a redirect to $id', ({ old, id }) => {
  expect(existsSync(join(build.outDir, 'cases', id, 'index.html'))).toBe(true);
  expect(page(`cases/${old}`)).toContain(`http-equiv="refresh" content="0; url=/cases/${id}/"`);
});

test('the build log lists each warning once, marked as a warning, and the build succeeds', () => {
  const label = relative(ROOT, content);
  for (const warning of fixtures.flatMap((f) => f.warnings)) {
    const line = `warning: ${label}/${warning}: `;
    expect(build.output.split(line).length - 1, `${line} in the build log`).toBe(1);
  }
  // Once, through the content loader's logger, not once per page or per Astro pass.
  // (Without colours: Astro colours its log when it thinks a terminal reads it.)
  expect(stripVTControlCharacters(build.output).match(/\[WARN\] \[casebook-cases\] \d+ content warnings? \(published as is\)/g)).toHaveLength(1);
  expect(build.status).toBe(0);
});
