/**
 * Checks one address the way a reader's click would reach it: HEAD first (nothing downloaded),
 * GET where the server refuses HEAD, every redirect followed by hand so each hop is seen.
 * The request itself is passed in, so the logic here is tested without a network.
 */

export type Method = 'HEAD' | 'GET';

/** What one request got back: the status, and where a redirect points. */
export interface Answer {
  status: number;
  location?: string;
}

/** Sends one request; rejects with a RequestFailure when no answer came. */
export type Request = (url: string, method: Method) => Promise<Answer>;

/** No answer: too slow (`timeout`), or no name, no connection, no TLS (`network`). */
export class RequestFailure extends Error {
  override name = 'RequestFailure';
  readonly kind: 'timeout' | 'network';
  readonly code?: string;
  constructor(kind: 'timeout' | 'network', message: string, code?: string) {
    super(message);
    this.kind = kind;
    if (code) this.code = code;
  }
}

export interface Hop {
  url: string;
  /** GET where the server refused HEAD. */
  method: Method;
  status: number;
}

export type LinkKind = 'ok' | 'redirected' | 'broken' | 'refused' | 'server-error' | 'timeout' | 'network';

export interface LinkResult {
  url: string;
  kind: LinkKind;
  /** The last status received; absent when no answer came at all. */
  status?: number;
  /** The address the redirects led to; present only when there was a redirect. */
  final?: string;
  /** Every answer, in order: each redirect, then the last one. */
  chain: Hop[];
  /** Why there was no answer, or what was wrong with a redirect. */
  detail?: string;
}

/** HEAD refused: 405 Method Not Allowed, 501 Not Implemented. */
const HEAD_REFUSED = new Set([405, 501]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Statuses that say "not for you" rather than "not here": robot walls, sign-in, rate limits. */
const REFUSED = new Set([401, 403, 429]);

export const MAX_REDIRECTS = 10;

/** The kind of a final status (after any redirects). */
export function statusKind(status: number, redirected: boolean): LinkKind {
  if (status >= 200 && status < 300) return redirected ? 'redirected' : 'ok';
  if (REFUSED.has(status)) return 'refused';
  if (status >= 500) return 'server-error';
  return 'broken';
}

export async function checkLink(url: string, request: Request, maxRedirects = MAX_REDIRECTS): Promise<LinkResult> {
  const chain: Hop[] = [];
  const seen = new Set([url]);
  let current = url;
  const result = (kind: LinkKind, extra: Partial<LinkResult> = {}): LinkResult => ({
    url,
    kind,
    ...(chain.length ? { status: chain.at(-1)!.status } : {}),
    ...(current !== url ? { final: current } : {}),
    chain,
    ...extra,
  });

  for (;;) {
    let method: Method = 'HEAD';
    let answer: Answer;
    try {
      answer = await request(current, method);
      if (HEAD_REFUSED.has(answer.status)) {
        method = 'GET';
        answer = await request(current, method);
      }
    } catch (error) {
      if (error instanceof RequestFailure) return result(error.kind, { detail: error.message });
      throw error;
    }
    chain.push({ url: current, method, status: answer.status });

    if (!REDIRECTS.has(answer.status)) return result(statusKind(answer.status, chain.length > 1));
    if (!answer.location) return result('broken', { detail: `a ${answer.status} redirect without a Location` });
    let next: string;
    try {
      next = new URL(answer.location, current).href;
    } catch {
      return result('broken', { detail: `a redirect to an invalid address: ${answer.location}` });
    }
    if (!/^https?:$/.test(new URL(next).protocol)) return result('broken', { detail: `a redirect to a non-web address: ${next}` });
    if (seen.has(next)) return result('broken', { detail: `a redirect loop back to ${next}` });
    if (chain.length > maxRedirects) return result('broken', { detail: `more than ${maxRedirects} redirects` });
    seen.add(next);
    current = next;
  }
}
