import { describe, expect, inject, test } from 'vitest';
import { cspProblems, SecurityCheck } from './security.ts';
import { SiteFiles } from './site-files.ts';

describe('every built page forbids inline script and other origins, and no output carries a javascript: URL', () => {
  test.each([
    { site: 'content/', dist: inject('contentDist') },
    { site: 'test/fixtures/good', dist: inject('fixtureDist') },
  ])('$site', ({ dist }) => {
    const site = SiteFiles.of(dist);
    expect(site.files.filter((file) => /\.(xml|json)$/.test(file)).length).toBeGreaterThan(3);
    expect(new SecurityCheck(site).check()).toEqual([]);
  });
});

describe('the check catches planted defects', () => {
  const check = new SecurityCheck(SiteFiles.of('test/fixtures/defects/security'));

  test('a page with the site policy, a JSON-LD block and a same-origin module passes', () => {
    expect(check.checkFile('clean.html')).toEqual([]);
  });

  test.each([
    { file: 'inline-script.html', problem: 'has an inline <script>' },
    { file: 'inline-module.html', problem: 'has an inline <script type="module">' },
    { file: 'javascript-link.html', problem: 'has a javascript: URL in <a href>' },
    { file: 'javascript-link-obfuscated.html', problem: 'has a javascript: URL in <a href>' },
    { file: 'event-handler.html', problem: 'has an inline event handler (onerror) on <img>' },
    { file: 'no-csp.html', problem: 'has no Content-Security-Policy <meta>' },
    { file: 'unsafe-inline-csp.html', problem: "CSP script-src allows 'unsafe-inline'" },
    { file: 'third-party-csp.html', problem: 'CSP img-src allows https://cdn.example.com' },
    { file: 'no-base-uri-csp.html', problem: 'CSP has no base-uri' },
    { file: 'late-csp.html', problem: 'has <script> before its CSP <meta>' },
    { file: 'feed.xml', problem: 'has a javascript: URL in <a href>' },
    { file: 'data.json', problem: 'has a javascript: URL: javascript:alert(document.cookie)' },
    { file: 'favicon.svg', problem: 'has a <script> in an SVG image' },
  ])('$file: $problem', ({ file, problem }) => {
    expect(check.checkFile(file)).toContainEqual({ file, problem });
  });
});

describe('reading a policy', () => {
  test.each([
    { policy: "default-src 'self'; base-uri 'none'; form-action 'self'", expected: [] },
    { policy: "default-src *; base-uri 'self'; form-action 'self'", expected: ['CSP default-src allows *'] },
    { policy: "default-src 'self'; script-src-elem https:; base-uri 'self'; form-action 'self'", expected: ['CSP script-src-elem allows https:'] },
    { policy: "default-src 'self'; connect-src 'self' https://analytics.example; base-uri 'self'; form-action 'self'", expected: ['CSP connect-src allows https://analytics.example'] },
    { policy: "script-src 'self'", expected: ['CSP has no default-src', 'CSP has no base-uri', 'CSP has no form-action'] },
  ])('$policy → $expected', ({ policy, expected }) => {
    expect(cspProblems(policy)).toEqual(expected);
  });
});
