import type { Casebook } from './casebook.ts';

/** Derived lists every page of a kind asks for: computed once per Casebook, not once per page. */
export function memoized<T>(compute: (book: Casebook) => T): (book: Casebook) => T {
  const cache = new WeakMap<Casebook, T>();
  return (book) => {
    if (!cache.has(book)) cache.set(book, compute(book));
    return cache.get(book)!;
  };
}
