/** The real request behind checkLink: Node's fetch (undici), one hop at a time, with a timeout. */
import { RequestFailure, type Request } from './check-link.ts';

export const USER_AGENT = 'cross-border-data-casebook-sources-check/0.1 (checks that cited sources still answer)';

/** Error codes under fetch's "fetch failed", as an editor reads them. */
const NETWORK_CODES: Record<string, { kind: RequestFailure['kind']; text: string }> = {
  ENOTFOUND: { kind: 'network', text: 'no such host' },
  EAI_AGAIN: { kind: 'network', text: 'name lookup failed' },
  ECONNREFUSED: { kind: 'network', text: 'connection refused' },
  ECONNRESET: { kind: 'network', text: 'connection reset' },
  EHOSTUNREACH: { kind: 'network', text: 'host unreachable' },
  ENETUNREACH: { kind: 'network', text: 'network unreachable' },
  EPIPE: { kind: 'network', text: 'connection closed' },
  UND_ERR_SOCKET: { kind: 'network', text: 'connection closed' },
  ETIMEDOUT: { kind: 'timeout', text: 'connection timed out' },
  UND_ERR_CONNECT_TIMEOUT: { kind: 'timeout', text: 'connection timed out' },
  UND_ERR_HEADERS_TIMEOUT: { kind: 'timeout', text: 'no answer in time' },
};

/** The innermost error with a code: fetch wraps the socket's error in `cause`, several addresses' in an AggregateError. */
function rootCause(error: unknown): { code?: string; message: string } {
  let current = error as { cause?: unknown; errors?: unknown[]; code?: unknown; message?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === 'string') return { code: current.code, message: String(current.message ?? current.code) };
    current = (current.cause ?? current.errors?.[0]) as typeof current;
  }
  const deepest = (error as { cause?: { message?: unknown } })?.cause?.message ?? (error as { message?: unknown })?.message;
  return { message: String(deepest ?? error) };
}

/** A failed fetch as a RequestFailure: DNS, connection and TLS errors by name. */
export function failureFrom(error: unknown): RequestFailure {
  const { code, message } = rootCause(error);
  const known = code ? NETWORK_CODES[code] : undefined;
  if (known) return new RequestFailure(known.kind, `${known.text} (${code})`, code);
  if (code && /CERT|TLS|SSL/.test(code)) return new RequestFailure('network', `TLS: ${message} (${code})`, code);
  return new RequestFailure('network', code ? `${message} (${code})` : message, code);
}

export interface FetchRequestOptions {
  timeoutMs: number;
  fetch?: typeof globalThis.fetch;
}

export function fetchRequest({ timeoutMs, fetch = globalThis.fetch }: FetchRequestOptions): Request {
  return async (url, method) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      // `manual`: undici hands back the 3xx itself, so checkLink sees (and reports) every hop.
      const response = await fetch(url, { method, redirect: 'manual', signal: controller.signal, headers: { 'user-agent': USER_AGENT, accept: '*/*' } });
      // Only the status matters: a GET's body is not downloaded.
      await response.body?.cancel().catch(() => undefined);
      return { status: response.status, location: response.headers.get('location') ?? undefined };
    } catch (error) {
      if (controller.signal.aborted) throw new RequestFailure('timeout', `no answer in ${timeoutMs / 1000} s`);
      throw failureFrom(error);
    } finally {
      clearTimeout(timer);
    }
  };
}
