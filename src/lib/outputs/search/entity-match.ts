/**
 * A query that names a firm or regulator — its name, abbreviation, native name, alias or id —
 * puts that entity's cases first on the search page (text ranking alone would favour the
 * shortest page that mentions it, not the case the reader most likely wants).
 * Names and queries are compared as "match keys": NFKC, lower case, no spaces or punctuation,
 * so "Kakao Pay", "KakaoPay" and "kakao-pay" are one key.
 */
import { stripParticle } from './korean-query.ts';

export function matchKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/[\s\p{P}\p{S}]+/gu, '');
}

interface Named {
  name: string;
  abbr?: string;
  names?: Record<string, string>;
  aliases?: string[];
}

/** Every key an entity can be named by, once each, in a stable order. */
export function entityMatchKeys(id: string, entity: Named): string[] {
  const names = [entity.name, entity.abbr, ...Object.values(entity.names ?? {}), ...(entity.aliases ?? []), id];
  return [...new Set(names.filter((n): n is string => Boolean(n)).map(matchKey).filter(Boolean))];
}

/**
 * Whether a query is one of the keys: as typed, or with a Korean particle dropped from its
 * last word (금융감독원은 names 금융감독원). Only the typed form's particle is stripped, never the
 * name's: 카카오페이 ends in 이, which is a particle elsewhere.
 */
export function queryNames(query: string, keys: readonly string[]): boolean {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  const stripped = [...words.slice(0, -1), stripParticle(words.at(-1)!)];
  return [matchKey(words.join(' ')), matchKey(stripped.join(' '))].some((key) => key !== '' && keys.includes(key));
}

/** The hidden case filter of the cases an entity leads (`lead-regulator:kr-pipc`), beside its `regulator:kr-pipc`. */
export const leadFilterKey = <K extends 'firm' | 'regulator'>(key: K) => `lead-${key}` as const;

/**
 * A named entity's cases first: those it leads, then the others that name it (each list most
 * sources first), then the rest in their own order; every result once.
 */
export function namedFirst<T extends { id: string }>(leading: readonly T[], naming: readonly T[], rest: readonly T[]): T[] {
  const seen = new Set<string>();
  return [...leading, ...naming, ...rest].filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)));
}
