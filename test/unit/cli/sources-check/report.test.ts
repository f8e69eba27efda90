import { describe, expect, test } from 'vitest';
import type { LinkResult } from '../../../../src/cli/sources-check/check-link.ts';
import type { SourceLink } from '../../../../src/cli/sources-check/links.ts';
import { buildReport, chainLines, formatReport, hasBroken, verdict } from '../../../../src/cli/sources-check/report.ts';

const settings = { concurrency: 4, delayMs: 1000, timeoutMs: 15000 };
const hop = (url: string, status: number, method: 'HEAD' | 'GET' = 'HEAD') => ({ url, method, status });

const results: Record<string, LinkResult> = {
  'https://a.example/ok': { url: 'https://a.example/ok', kind: 'ok', status: 200, chain: [hop('https://a.example/ok', 200)] },
  'https://a.example/moved': {
    url: 'https://a.example/moved', kind: 'redirected', status: 200, final: 'https://a.example/ok',
    chain: [hop('https://a.example/moved', 301), hop('https://a.example/ok', 200)],
  },
  'https://a.example/gone': { url: 'https://a.example/gone', kind: 'broken', status: 404, chain: [hop('https://a.example/gone', 404)] },
  'https://b.example/get': { url: 'https://b.example/get', kind: 'ok', status: 200, chain: [hop('https://b.example/get', 200, 'GET')] },
  'https://b.example/slow': { url: 'https://b.example/slow', kind: 'timeout', chain: [], detail: 'no answer in 15 s' },
};
const links: SourceLink[] = [
  { caseId: 'a-case', sourceId: 'one', field: 'url', url: 'https://a.example/ok' },
  { caseId: 'a-case', sourceId: 'one', field: 'archived', url: 'https://a.example/moved' },
  { caseId: 'a-case', sourceId: 'two', field: 'url', url: 'https://a.example/gone' },
  { caseId: 'b-case', sourceId: 'three', field: 'url', url: 'https://a.example/ok' },
  { caseId: 'b-case', sourceId: 'four', field: 'url', url: 'https://b.example/get' },
  { caseId: 'b-case', sourceId: 'four', field: 'archived', url: 'https://b.example/slow' },
];
const report = buildReport(links, new Map(Object.entries(results)), 'content', settings);

describe('buildReport', () => {
  test('groups addresses by case and source, and counts every address cited (and each one once)', () => {
    expect(report.cases.map((c) => ({ id: c.id, sources: c.sources.map((s) => `${s.id}: ${s.links.map((l) => `${l.field} ${l.kind}`).join(', ')}`) }))).toEqual([
      { id: 'a-case', sources: ['one: url ok, archived redirected', 'two: url broken'] },
      { id: 'b-case', sources: ['three: url ok', 'four: url ok, archived timeout'] },
    ]);
    expect(report.summary).toEqual({ addresses: 6, unique: 5, ok: 3, redirected: 1, broken: 1, refused: 0, 'server-error': 0, timeout: 1, network: 0 });
  });

  test('refuses to report an address it has no result for', () => {
    expect(() => buildReport(links, new Map(), 'content', settings)).toThrow('no result for https://a.example/ok');
  });
});

describe('hasBroken', () => {
  const only = (kind: LinkResult['kind'], status?: number) =>
    buildReport([links[0]], new Map([[links[0].url, { url: links[0].url, kind, ...(status ? { status } : {}), chain: [] }]]), 'content', settings);
  test.each([
    { kind: 'ok' as const, expected: false },
    { kind: 'redirected' as const, expected: false },
    { kind: 'refused' as const, expected: false },
    { kind: 'broken' as const, expected: true },
    { kind: 'server-error' as const, expected: true },
    { kind: 'timeout' as const, expected: true },
    { kind: 'network' as const, expected: true },
  ])('is $expected when the one address is $kind', ({ kind, expected }) => {
    expect(hasBroken(only(kind))).toBe(expected);
  });
});

describe('verdict', () => {
  test.each([
    { result: results['https://a.example/ok'], expected: 'OK 200' },
    { result: results['https://b.example/get'], expected: 'OK 200 (GET; HEAD refused)' },
    { result: results['https://a.example/moved'], expected: 'redirected' },
    { result: results['https://a.example/gone'], expected: 'broken 404' },
    { result: { url: 'x', kind: 'broken', status: 404, final: 'https://b.example/', chain: [] } as LinkResult, expected: 'broken 404' },
    { result: { url: 'x', kind: 'server-error', status: 500, chain: [] } as LinkResult, expected: 'server error 500' },
    { result: { url: 'x', kind: 'refused', status: 403, chain: [] } as LinkResult, expected: 'refused 403' },
    { result: results['https://b.example/slow'], expected: 'timeout: no answer in 15 s' },
    { result: { url: 'x', kind: 'network', chain: [], detail: 'connection refused (ECONNREFUSED)' } as LinkResult, expected: 'DNS or connection error: connection refused (ECONNREFUSED)' },
  ])('reads "$expected"', ({ result, expected }) => {
    expect(verdict(result)).toBe(expected);
  });
});

describe('chainLines', () => {
  test('gives each redirect a line, the final status at the end of the last', () => {
    const result: LinkResult = {
      url: 'http://a.example/old', kind: 'broken', status: 404, final: 'https://a.example/new',
      chain: [hop('http://a.example/old', 301), hop('https://a.example/old', 302), hop('https://a.example/new', 404, 'GET')],
    };
    expect(chainLines(result)).toEqual(['301 → https://a.example/old', '302 → https://a.example/new  404 (GET)']);
  });

  test('ends with the hop that never answered, without a status', () => {
    const result: LinkResult = { url: 'https://a.example/', kind: 'timeout', status: 301, final: 'https://slow.example/', chain: [hop('https://a.example/', 301)], detail: 'no answer in 15 s' };
    expect(chainLines(result)).toEqual(['301 → https://slow.example/']);
  });

  test('is empty without redirects', () => {
    expect(chainLines(results['https://a.example/gone'])).toEqual([]);
  });
});

describe('formatReport', () => {
  test('prints a heading, each case and source with its addresses, the redirect chains and a summary line', () => {
    expect(formatReport(report)).toBe(`Sources of 2 cases in content/: 6 addresses (5 unique); 4 at once, 1 s between requests to one host, 15 s timeout.

a-case
  one
    url       OK 200  https://a.example/ok
    archived  redirected  https://a.example/moved
              301 → https://a.example/ok  200
  two
    url       broken 404  https://a.example/gone

b-case
  three
    url       OK 200  https://a.example/ok
  four
    url       OK 200 (GET; HEAD refused)  https://b.example/get
    archived  timeout: no answer in 15 s  https://b.example/slow

Summary: 3 OK, 1 redirected, 1 broken, 0 refused, 0 server error, 1 timeout, 0 DNS or connection error (6 addresses, 5 unique)`);
  });
});
