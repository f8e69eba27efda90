import type { Casebook } from './casebook.ts';

/** A firm's parent chain up to the top, and its direct subsidiaries. */
export function firmFamily(book: Casebook, firmId: string) {
  const parents: string[] = [];
  for (let id = book.firms.get(firmId)?.parent; id && !parents.includes(id); id = book.firms.get(id)?.parent) parents.push(id);
  const subsidiaries = [...book.firms].filter(([, firm]) => firm.parent === firmId).map(([id]) => id).sort();
  return { parents, subsidiaries };
}
