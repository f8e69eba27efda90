import { describe, expect, inject, test } from 'vitest';
import { HtmlValidity } from './html-validity.ts';
import { SiteFiles } from './site-files.ts';

const validity = new HtmlValidity();

describe('every built page is valid HTML under the committed rule set', () => {
  test.each([
    { site: 'content/', dist: inject('contentDist') },
    { site: 'test/fixtures/good', dist: inject('fixtureDist') },
  ])('$site', async ({ dist }) => {
    const site = SiteFiles.of(dist);
    expect(site.htmlFiles.length).toBeGreaterThan(10);
    expect(await validity.check(site)).toEqual([]);
  });
});

describe('the rule set catches planted defects', () => {
  const defects = SiteFiles.of('test/fixtures/defects/html');

  test('the page the defects are planted in is valid', async () => {
    expect(await validity.check(defects, ['valid.html'])).toEqual([]);
  });

  test.each([
    { file: 'duplicate-id.html', rule: 'no-dup-id' },
    { file: 'unclosed-element.html', rule: 'close-order' },
  ])('$file fails with $rule', async ({ file, rule }) => {
    const problems = await validity.check(defects, [file]);
    expect(problems.map((problem) => problem.rule)).toContain(rule);
  });
});
