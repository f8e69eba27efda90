/**
 * A page's cache key: a digest of the view model it renders. With Astro's incremental build
 * (astro.config.mjs) a path whose key and whose code are unchanged since the last build is copied
 * from that build instead of rendered again. The key is taken from the model itself, not from a
 * list of the inputs the model reads, so a page cannot be restored stale because a new input was
 * not listed: whatever the page shows, its key covers.
 *
 * What a component reads outside its props is not covered: the routes that key their paths pass
 * components only what the model holds (the page address and the site's address are covered by
 * Astro itself, per path and by the config hash). Routes whose components read the whole
 * Casebook themselves (the filtered case lists and timelines) give no key and are always rendered.
 */
import { createHash } from 'node:crypto';

/**
 * The JSON form of a model, with Maps and Sets written out (JSON.stringify alone writes them as
 * `{}`, which would give two different models one key). A function or a symbol in a model is an
 * error: it cannot be keyed, and a model holds data only.
 */
function keyable(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { '@map': [...value] };
  if (value instanceof Set) return { '@set': [...value] };
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    throw new TypeError(`a page model cannot be keyed: it holds a ${typeof value}${_key ? ` at "${_key}"` : ''}`);
  }
  return value;
}

/** The key of a page that renders `parts` (its view model, and anything else it shows). */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts, keyable)).digest('base64url');
}
