import { describe, expect, inject, test } from 'vitest';
import { SITE_URL } from '../../src/site.ts';
import { LinkChecker } from './link-checker.ts';
import { SiteFiles } from './site-files.ts';

const checker = (root: string, siteUrl = SITE_URL) => new LinkChecker(SiteFiles.of(root), { siteUrl });
/** A hand-written mini site whose absolute links name http://localhost:4321. */
const DEFECTS = 'test/fixtures/defects/links';
const defects = () => checker(DEFECTS, 'http://localhost:4321');

describe('every link in the built site resolves', () => {
  test.each([
    { site: 'content/', dist: inject('contentDist') },
    { site: 'test/fixtures/good', dist: inject('fixtureDist') },
  ])('pages, anchors, feeds, sitemaps, data and the search bundle of $site', ({ dist }) => {
    const site = SiteFiles.of(dist);
    expect(site.htmlFiles.length).toBeGreaterThan(10);
    // The Pagefind bundle is named only in the search page's config, which the checker reads by its id.
    expect(site.text('search/index.html')).toContain('id="search-config"');
    expect(checker(dist).check()).toEqual([]);
  });
});

describe('the checker catches planted defects', () => {
  test('a page whose links all resolve passes', () => {
    const links = defects();
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
    expect(defects().checkFile('broken/index.html')).toContainEqual({ file: 'broken/index.html', url, problem });
  });

  test.each(['feed.xml', 'sitemap-0.xml', 'data.json'])('reports the missing page %s links to, and only that', (file) => {
    expect(defects().checkFile(file)).toEqual([{ file, url: 'http://localhost:4321/cases/gone/', problem: 'points to no file in the site' }]);
  });

  test("reports a search page whose Pagefind bundle is missing", () => {
    expect(defects().checkFile('search-without-bundle/index.html').map(({ url }) => url)).toEqual(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']);
  });
});
