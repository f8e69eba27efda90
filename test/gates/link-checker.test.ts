import { describe, expect, inject, test } from 'vitest';
import { SITE_URL } from '../../src/site.ts';
import { LinkChecker } from './link-checker.ts';
import { SiteFiles } from './site-files.ts';

const checker = (root: string) => new LinkChecker(SiteFiles.of(root), { siteUrl: SITE_URL });
const DEFECTS = 'test/fixtures/defects/links';

describe('every link in the built site resolves', () => {
  test.each([
    { site: 'content/', dist: inject('contentDist') },
    { site: 'test/fixtures/good', dist: inject('fixtureDist') },
  ])('pages, anchors, feeds and data of $site', ({ dist }) => {
    expect(checker(dist).check()).toEqual([]);
  });
});

describe('the checker catches planted defects', () => {
  test('a page whose links all resolve passes, feed and data included', () => {
    const links = checker(DEFECTS);
    expect([...links.checkFile('index.html'), ...links.checkFile('other/index.html')]).toEqual([]);
  });

  test.each([
    { url: '/missing/', problem: 'points to no file in the site' },
    { url: '/other/#absent', problem: 'names an anchor that /other/ does not have' },
    { url: '#nowhere', problem: 'names an anchor that /broken/ does not have' },
    { url: '/other', problem: 'leaves out the trailing slash of a page URL' },
    { url: 'https://exa mple.org/', problem: 'contains unencoded whitespace' },
    { url: 'https://example.org/', problem: 'opens a new tab without rel="noopener noreferrer"' },
    { url: '//example.org/', problem: 'is protocol-relative; write https:// or a path' },
    { url: 'ftp://example.org/file', problem: 'uses the ftp: scheme' },
  ])('reports $url: $problem', ({ url, problem }) => {
    expect(checker(DEFECTS).checkFile('broken/index.html')).toContainEqual({ file: 'broken/index.html', url, problem });
  });

  test('reports a feed item and a published record that point to a missing page', () => {
    const links = checker(DEFECTS);
    expect(links.checkFile('feed.xml')).toEqual([{ file: 'feed.xml', url: 'http://localhost:4321/cases/gone/', problem: 'points to no file in the site' }]);
    expect(links.checkFile('data.json')).toEqual([{ file: 'data.json', url: 'http://localhost:4321/cases/gone/', problem: 'points to no file in the site' }]);
  });
});
