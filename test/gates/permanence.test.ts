import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { LIST_FILE, publishedUrls, readUrlList } from '../../src/cli/published-urls.ts';
import { unservedUrls } from './permanence.ts';

const contentUrl = inject('contentUrl');
const listed = readUrlList(readFileSync(LIST_FILE, 'utf8'));

test('the build of content/ still serves every published URL', async () => {
  expect(listed.length).toBeGreaterThan(100);
  expect(await unservedUrls(contentUrl, listed)).toEqual([]);
});

test('the committed list is sorted and has no duplicates', () => {
  expect(listed).toEqual([...new Set(listed)].sort());
});

test('the list names pages by their URL, and feeds and downloads by file, but no build asset', () => {
  expect(publishedUrls('test/fixtures/defects/links')).toEqual(['/', '/broken/', '/data.json', '/feed.xml', '/other/', '/search-without-bundle/', '/search/']);
  expect(listed.filter((url) => /^\/(_astro|pagefind)\//.test(url))).toEqual([]);
});

describe('the gate catches a planted defect', () => {
  test('a listed URL that the build lacks fails', async () => {
    expect(await unservedUrls(contentUrl, [...listed.slice(0, 5), '/cases/never-built/'])).toEqual([{ url: '/cases/never-built/', problem: 'answers 404' }]);
  });

  test('a retired URL served as a redirect page passes, and one whose target is gone fails', async () => {
    // The good fixture retires old-full-case with an alias: a redirect page to /cases/full-case/.
    expect(publishedUrls(inject('fixtureDist'))).toContain('/cases/old-full-case/');
    expect(await unservedUrls(inject('fixtureUrl'), ['/cases/old-full-case/', '/cases/full-case/'])).toEqual([]);
    expect(await unservedUrls(inject('defectsUrl'), ['/permanence/moved/'])).toEqual([{ url: '/permanence/moved/', problem: 'redirects to /gone/, which answers 404' }]);
  });
});
