/** Small list helpers every derived index uses. */

/** Items in first-seen order, each once. */
export const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** Appends to the list kept under `key`, creating it on first use. */
export function pushTo<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key);
  if (list) list.push(item);
  else index.set(key, [item]);
}
