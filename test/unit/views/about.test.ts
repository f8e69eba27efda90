import { describe, expect, test } from 'vitest';
import { createUrls } from '../../../src/lib/model/urls.ts';
import { aboutContributing } from '../../../src/lib/views/about.ts';

describe('about page: contributing', () => {
  test('sends readers to the forge only when one is configured', () => {
    expect(aboutContributing('https://github.com/org/casebook/edit/main/', createUrls('/')).forge).toBe(true);
    expect(aboutContributing(undefined, createUrls('/')).forge).toBe(false);
  });

  test('names the case file and links the case schema and the feed under the base path', () => {
    expect(aboutContributing(undefined, createUrls('/casebook/'))).toEqual({
      forge: false,
      caseFile: 'content/cases/<case-id>.mdx',
      caseSchemaHref: '/casebook/schemas/case.json',
      feedHref: '/casebook/feed.xml',
    });
  });
});
