import type { Casebook } from './casebook.ts';
import { pushTo } from './lists.ts';
import { memoized } from './memoized.ts';

/** Parent id → its direct subsidiaries, sorted: once per build, not a scan of every firm per firm page. */
const subsidiariesByParent = memoized((book: Casebook) => {
  const index = new Map<string, string[]>();
  for (const [id, firm] of book.firms) if (firm.parent) pushTo(index, firm.parent, id);
  for (const list of index.values()) list.sort();
  return index;
});

/** A firm's parent chain up to the top, and its direct subsidiaries. */
export function firmFamily(book: Casebook, firmId: string) {
  const parents: string[] = [];
  for (let id = book.firms.get(firmId)?.parent; id && !parents.includes(id); id = book.firms.get(id)?.parent) parents.push(id);
  return { parents, subsidiaries: [...(subsidiariesByParent(book).get(firmId) ?? [])] };
}
