import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { ANCHOR_LIST_FILE, LIST_FILE, publishedAnchors, publishedUrls, readUrlList } from '../../src/cli/published-urls.ts';
import { missingAnchors, unservedUrls } from './permanence.ts';

const contentUrl = inject('contentUrl');
const listed = readUrlList(readFileSync(LIST_FILE, 'utf8'));
const anchors = readUrlList(readFileSync(ANCHOR_LIST_FILE, 'utf8'));

test('the build of content/ still serves every published URL', async () => {
  expect(listed.length).toBeGreaterThan(100);
  expect(await unservedUrls(contentUrl, listed)).toEqual([]);
});

test('the build of content/ keeps every published anchor of a case page', async () => {
  // Pinpoint citations (the cite box's "this part") and feed entries point at these.
  expect(anchors.length).toBeGreaterThan(100);
  expect(await missingAnchors(contentUrl, anchors)).toEqual([]);
});

test('the committed lists are sorted and have no duplicates', () => {
  expect(listed).toEqual([...new Set(listed)].sort());
  expect(anchors).toEqual([...new Set(anchors)].sort());
});

test('the list names pages by their URL, and feeds and downloads by file, but no build asset', () => {
  expect(publishedUrls('test/fixtures/defects/links')).toEqual(['/', '/broken/', '/data.json', '/feed.xml', '/other/', '/search-without-bundle/', '/search/']);
  expect(listed.filter((url) => /^\/(_astro|pagefind)\//.test(url))).toEqual([]);
});

describe('the gate catches a planted defect', () => {
  test('a listed URL that the build lacks fails', async () => {
    expect(await unservedUrls(contentUrl, [...listed.slice(0, 5), '/cases/never-built/'])).toEqual([{ url: '/cases/never-built/', problem: 'answers 404' }]);
  });

  test('an anchor the page lost fails; one kept on the page an old address redirects to passes', async () => {
    const fixtureAnchors = publishedAnchors(inject('fixtureDist'));
    const quote = fixtureAnchors.find((a) => a.startsWith('/cases/full-case/#quote-'))!;
    expect(quote).toBeDefined();
    expect(fixtureAnchors.some((a) => a.startsWith('/cases/old-full-case/'))).toBe(false);
    expect(await missingAnchors(inject('fixtureUrl'), [quote, quote.replace('/cases/full-case/', '/cases/old-full-case/'), '/cases/full-case/#event-1999-01-never-happened']))
      .toEqual([{ url: '/cases/full-case/#event-1999-01-never-happened', problem: 'no element has this id' }]);
  });

  test('a retired URL served as a redirect page passes, and one whose target is gone fails', async () => {
    // The good fixture retires old-full-case with an alias: a redirect page to /cases/full-case/.
    expect(publishedUrls(inject('fixtureDist'))).toContain('/cases/old-full-case/');
    expect(await unservedUrls(inject('fixtureUrl'), ['/cases/old-full-case/', '/cases/full-case/'])).toEqual([]);
    expect(await unservedUrls(inject('defectsUrl'), ['/permanence/moved/'])).toEqual([{ url: '/permanence/moved/', problem: 'redirects to /gone/, which answers 404' }]);
  });
});
