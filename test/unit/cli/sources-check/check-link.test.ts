import { describe, expect, test } from 'vitest';
import { checkLink, RequestFailure, statusKind, type Answer, type Method, type Request } from '../../../../src/cli/sources-check/check-link.ts';

/** A pretend web: each address answers each method as the table says; every request is logged. */
function web(routes: Record<string, Answer | ((method: Method) => Answer) | RequestFailure>) {
  const log: string[] = [];
  const request: Request = async (url, method) => {
    log.push(`${method} ${url}`);
    const route = routes[url];
    if (route === undefined) throw new Error(`unexpected request to ${url}`);
    if (route instanceof RequestFailure) throw route;
    return typeof route === 'function' ? route(method) : route;
  };
  return { request, log };
}

describe('checkLink', () => {
  test('is ok on a 200 to HEAD, and downloads nothing', async () => {
    const { request, log } = web({ 'https://a.example/ok': { status: 200 } });
    expect(await checkLink('https://a.example/ok', request)).toEqual({
      url: 'https://a.example/ok', kind: 'ok', status: 200, chain: [{ url: 'https://a.example/ok', method: 'HEAD', status: 200 }],
    });
    expect(log).toEqual(['HEAD https://a.example/ok']);
  });

  test.each([405, 501])('asks again with GET when HEAD gets %i', async (refusal) => {
    const { request, log } = web({ 'https://a.example/page': (method) => ({ status: method === 'HEAD' ? refusal : 200 }) });
    const result = await checkLink('https://a.example/page', request);
    expect(result.kind).toBe('ok');
    expect(result.chain).toEqual([{ url: 'https://a.example/page', method: 'GET', status: 200 }]);
    expect(log).toEqual(['HEAD https://a.example/page', 'GET https://a.example/page']);
  });

  test('follows each redirect itself and reports the chain and the final target', async () => {
    const { request } = web({
      'http://a.example/old': { status: 301, location: 'https://a.example/old' },
      'https://a.example/old': { status: 302, location: '/new?x=1' },
      'https://a.example/new?x=1': { status: 200 },
    });
    expect(await checkLink('http://a.example/old', request)).toEqual({
      url: 'http://a.example/old',
      kind: 'redirected',
      status: 200,
      final: 'https://a.example/new?x=1',
      chain: [
        { url: 'http://a.example/old', method: 'HEAD', status: 301 },
        { url: 'https://a.example/old', method: 'HEAD', status: 302 },
        { url: 'https://a.example/new?x=1', method: 'HEAD', status: 200 },
      ],
    });
  });

  test('is broken when a redirect ends in a 404, with where it ended', async () => {
    const { request } = web({
      'https://a.example/moved': { status: 308, location: 'https://b.example/gone' },
      'https://b.example/gone': { status: 404 },
    });
    expect(await checkLink('https://a.example/moved', request)).toMatchObject({ kind: 'broken', status: 404, final: 'https://b.example/gone' });
  });

  test.each<{ routes: Record<string, Answer>; detail: string }>([
    { routes: { 'https://a.example/': { status: 301 } }, detail: 'a 301 redirect without a Location' },
    { routes: { 'https://a.example/': { status: 302, location: 'https://a.example/b' }, 'https://a.example/b': { status: 302, location: '/' } }, detail: 'a redirect loop back to https://a.example/' },
    { routes: { 'https://a.example/': { status: 302, location: 'ftp://a.example/file' } }, detail: 'a redirect to a non-web address: ftp://a.example/file' },
  ])('is broken on $detail', async ({ routes, detail }) => {
    expect(await checkLink('https://a.example/', web(routes).request)).toMatchObject({ kind: 'broken', detail });
  });

  test('gives up after the most redirects it follows', async () => {
    const routes = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`https://a.example/${i}`, { status: 302, location: `/${i + 1}` }]));
    const result = await checkLink('https://a.example/0', web(routes).request, 3);
    expect(result).toMatchObject({ kind: 'broken', detail: 'more than 3 redirects' });
    expect(result.chain).toHaveLength(4);
  });

  test.each([
    { kind: 'timeout' as const, failure: new RequestFailure('timeout', 'no answer in 15 s') },
    { kind: 'network' as const, failure: new RequestFailure('network', 'no such host (ENOTFOUND)', 'ENOTFOUND') },
  ])('is $kind when no answer comes, saying why', async ({ kind, failure }) => {
    const result = await checkLink('https://a.example/', web({ 'https://a.example/': failure }).request);
    expect(result).toEqual({ url: 'https://a.example/', kind, chain: [], detail: failure.message });
  });

  test('keeps the redirects that came before a hop that did not answer', async () => {
    const { request } = web({
      'https://a.example/': { status: 301, location: 'https://slow.example/' },
      'https://slow.example/': new RequestFailure('timeout', 'no answer in 15 s'),
    });
    expect(await checkLink('https://a.example/', request)).toMatchObject({ kind: 'timeout', status: 301, final: 'https://slow.example/', chain: [{ status: 301 }] });
  });

  test('lets a programming error through rather than calling it a dead link', async () => {
    await expect(checkLink('https://a.example/', web({}).request)).rejects.toThrow('unexpected request');
  });
});

describe('statusKind', () => {
  test.each([
    { status: 200, redirected: false, expected: 'ok' },
    { status: 204, redirected: false, expected: 'ok' },
    { status: 200, redirected: true, expected: 'redirected' },
    { status: 404, redirected: false, expected: 'broken' },
    { status: 410, redirected: true, expected: 'broken' },
    { status: 403, redirected: false, expected: 'refused' },
    { status: 401, redirected: false, expected: 'refused' },
    { status: 429, redirected: false, expected: 'refused' },
    { status: 500, redirected: false, expected: 'server-error' },
    { status: 503, redirected: false, expected: 'server-error' },
  ])('is $expected for $status (redirected: $redirected)', ({ status, redirected, expected }) => {
    expect(statusKind(status, redirected)).toBe(expected);
  });
});
