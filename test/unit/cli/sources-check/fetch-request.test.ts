import { describe, expect, test } from 'vitest';
import { RequestFailure } from '../../../../src/cli/sources-check/check-link.ts';
import { failureFrom, fetchRequest } from '../../../../src/cli/sources-check/fetch-request.ts';

/** What Node's fetch throws when the socket fails: a TypeError whose cause carries the code. */
const fetchFailed = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });
const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('failureFrom', () => {
  test.each([
    { name: 'an unknown host', error: fetchFailed(coded('ENOTFOUND', 'getaddrinfo ENOTFOUND news.example')), kind: 'network', message: 'no such host (ENOTFOUND)' },
    { name: 'a refused connection', error: fetchFailed(coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9')), kind: 'network', message: 'connection refused (ECONNREFUSED)' },
    {
      name: 'every address refusing (AggregateError)',
      error: fetchFailed(Object.assign(new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')]), {})),
      kind: 'network',
      message: 'connection refused (ECONNREFUSED)',
    },
    { name: 'a connect timeout', error: fetchFailed(coded('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error')), kind: 'timeout', message: 'connection timed out (UND_ERR_CONNECT_TIMEOUT)' },
    { name: 'an expired certificate', error: fetchFailed(coded('CERT_HAS_EXPIRED', 'certificate has expired')), kind: 'network', message: 'TLS: certificate has expired (CERT_HAS_EXPIRED)' },
    { name: 'an error without a code', error: fetchFailed(new Error('bad port')), kind: 'network', message: 'bad port' },
  ])('names $name', ({ error, kind, message }) => {
    const failure = failureFrom(error);
    expect(failure).toBeInstanceOf(RequestFailure);
    expect({ kind: failure.kind, message: failure.message }).toEqual({ kind, message });
  });
});

describe('fetchRequest', () => {
  test('asks for one hop only, downloads no body and returns the status and Location', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    let cancelled = false;
    const body = new ReadableStream({ cancel: () => void (cancelled = true) });
    const fake = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(body, { status: 301, headers: { location: '/next' } });
    }) as unknown as typeof fetch;
    const answer = await fetchRequest({ timeoutMs: 1000, fetch: fake })('https://a.example/', 'GET');
    expect(answer).toEqual({ status: 301, location: '/next' });
    expect(calls[0].init).toMatchObject({ method: 'GET', redirect: 'manual' });
    expect(cancelled).toBe(true);
  });

  test('turns a request that outlasts the timeout into a timeout failure', async () => {
    const hang = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    const failure = await fetchRequest({ timeoutMs: 5, fetch: hang })('https://a.example/', 'HEAD').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RequestFailure);
    expect(failure).toMatchObject({ kind: 'timeout', message: 'no answer in 0.005 s' });
  });

  test('turns a failed connection into a network failure', async () => {
    const refuse = (async () => {
      throw fetchFailed(coded('ECONNREFUSED'));
    }) as unknown as typeof fetch;
    await expect(fetchRequest({ timeoutMs: 1000, fetch: refuse })('https://a.example/', 'HEAD')).rejects.toMatchObject({ kind: 'network', code: 'ECONNREFUSED' });
  });
});
