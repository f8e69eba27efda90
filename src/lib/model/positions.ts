/** What each firm claimed, across the Casebook. */
import type { Position } from '../content/schema/case.ts';
import type { Casebook, CaseRecord } from './casebook.ts';
import { pushTo } from './lists.ts';
import { memoized } from './memoized.ts';

/** Firm id → the positions it took, with their cases, in the Casebook's order: one pass per build. */
const positionIndex = memoized((book: Casebook) => {
  const index = new Map<string, { record: CaseRecord; position: Position }[]>();
  for (const record of book.cases) {
    for (const position of record.data.positions ?? []) if (position.by.firm) pushTo(index, position.by.firm, { record, position });
  }
  return index;
});

export function positionsOfFirm(book: Casebook, firmId: string) {
  return positionIndex(book).get(firmId) ?? [];
}
