/**
 * "Suggest a correction": configured at build time (CASEBOOK_EDIT_URL) like Starlight's
 * editLink. One extra build of the good fixture with it set; the suite's shared build has none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { buildSite, removeBuilds } from '../support/build-site.ts';

const EDIT_BASE = 'https://forge.example/org/casebook/edit/main/';

const links = (dist: string, path: string) =>
  selectAll('a', fromHtml(readFileSync(join(dist, path), 'utf8')))
    .filter((a) => toString(a) === 'Suggest a correction')
    .map((a) => String(a.properties.href));
const text = (dist: string, path: string) => toString(fromHtml(readFileSync(join(dist, path), 'utf8')));

describe('with CASEBOOK_EDIT_URL set', () => {
  let dist: string;
  beforeAll(() => {
    const result = buildSite('test/fixtures/good', undefined, { CASEBOOK_EDIT_URL: EDIT_BASE });
    if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
    dist = result.outDir;
  });
  afterAll(() => removeBuilds(dist));

  test.each(['full-case', 'minimal-case', 'third-case'])("the %s page links once to its file on the forge", (id) => {
    expect(links(dist, `cases/${id}/index.html`)).toEqual([`${EDIT_BASE}content/cases/${id}.mdx`]);
  });

  test('the about page sends corrections and new cases to the forge', () => {
    const about = text(dist, 'about/index.html');
    expect(about).toContain('follow the “Suggest a correction” link at the top of the case page');
    expect(about).toContain('Propose it on the project\'s forge');
  });
});

describe('without CASEBOOK_EDIT_URL', () => {
  const dist = inject('fixtureDist');

  test.each(['full-case', 'minimal-case', 'third-case'])('the %s page has no such link', (id) => {
    expect(links(dist, `cases/${id}/index.html`)).toEqual([]);
    expect(readFileSync(join(dist, `cases/${id}/index.html`), 'utf8')).not.toContain('suggest-correction');
  });

  test('the about page describes the case file and promises no forge', () => {
    const about = text(dist, 'about/index.html');
    expect(about).toContain('the correction is a change to the case\'s file, content/cases/<case-id>.mdx');
    expect(about).toContain('A case is one file, content/cases/<case-id>.mdx');
    expect(about).not.toContain('forge');
  });

  test('the about page says how corrections are recorded', () => {
    const about = text(dist, 'about/index.html');
    expect(about).toContain('adds a line, with its date and what changed, to the page\'s “Changes to this page” list');
    expect(about).toContain('The page\'s citations name the new version date');
  });
});
