/**
 * Issue 17: citations never point at localhost by accident. A CI build without SITE_URL stops
 * (the opted-in preview is the suite's own fixture build, see citation.test.ts); a build with
 * SITE_URL cites that address everywhere and says nothing about previews.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, buildSiteOrThrow, removeBuilds, tempOutDir } from '../support/build-site.ts';

test('a CI build without SITE_URL or CASEBOOK_PREVIEW stops, says why and how to fix it, and builds nothing', () => {
  const out = join(tempOutDir(), 'dist');
  const result = buildSite('test/fixtures/good', out, { CI: '1', SITE_URL: '', CASEBOOK_PREVIEW: '' });
  removeBuilds(dirname(out));
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('No public address (SITE_URL): build stopped');
  expect(result.output).toContain('SITE_URL is not set');
  expect(result.output).toContain('CI is set');
  expect(result.output).toContain('README.md, section "Deploying"');
  expect(result.output).toContain('CASEBOOK_PREVIEW=1');
  expect(existsSync(join(out, 'index.html'))).toBe(false);
});

describe('a build with SITE_URL', () => {
  const SITE = 'https://casebook.example.org';
  let content: string;
  let dist: string;
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  // The smallest valid tree: one case, the one firm it names, the data vocabulary.
  beforeAll(() => {
    content = tempOutDir();
    for (const dir of ['cases', 'firms']) mkdirSync(join(content, dir));
    for (const file of ['cases/minimal-case.mdx', 'firms/sample-cloud.yaml', 'data-categories.yaml']) cpSync(join('test/fixtures/good', file), join(content, file));
    dist = buildSiteOrThrow(content, { CI: '1', SITE_URL: SITE, CASEBOOK_PREVIEW: '' });
  });
  afterAll(() => removeBuilds(dist, content));

  test('cites the public address in the head, the cite box, the printed line and the downloads', () => {
    const url = `${SITE}/cases/minimal-case/`;
    const tree = fromHtml(read('cases/minimal-case/index.html'));
    expect(selectAll('meta[name="citation_public_url"]', tree).map((n) => n.properties.content)).toEqual([url]);
    expect(selectAll('link[rel="canonical"]', tree).map((n) => n.properties.href)).toEqual([url]);
    expect(toString(selectAll('.cite-entry[data-cite-id="apa"] .cite-text', tree)[0])).toBe(`Cross-Border Data Casebook. (2020, June). Minimal fictional case. ${url}`);
    expect(toString(selectAll('.case-header .print-only', tree)[0])).toMatch(new RegExp(`^Permanent address: ${url} · `));
    expect(read('cases/minimal-case.bib')).toContain(`url = {${url}}`);
    expect(read('cases/minimal-case.ris')).toContain(`UR  - ${url}`);
  });

  test('says nothing about a preview', () => {
    expect(read('cases/minimal-case/index.html')).not.toContain('preview build');
    expect(read('cases/minimal-case/index.html')).not.toContain('cite-preview');
  });

  test('leaves no localhost address in any page, feed, sitemap or download', () => {
    const text = /\.(html|xml|json|bib|ris|txt|csv)$/;
    const files = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => text.test(f) && !f.startsWith('pagefind'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(read(file), file).not.toContain('localhost');
  });
});
