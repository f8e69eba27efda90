/**
 * When a page last changed: a case page when its `updated` date did; an entity or jurisdiction
 * page when any case it lists did; the lists when any case did. The sitemap's lastmod and the
 * date a reference manager saves for the page both come from here.
 */
import type { Casebook, CaseRecord } from './casebook.ts';
import { comparePartialDates } from './dates.ts';
import { casesNaming, casesTouching, type MentionKind } from './mentions.ts';

/** The newest `updated` of these cases: when a page listing them last changed. */
export function lastChangedOf(records: readonly CaseRecord[]): string | undefined {
  let best: string | undefined;
  for (const { data } of records) if (best === undefined || comparePartialDates(data.updated, best) > 0) best = data.updated;
  return best;
}

export const entityLastChanged = (book: Casebook, kind: MentionKind, id: string) => lastChangedOf(casesNaming(book, kind, id).map((c) => c.record));
export const jurisdictionLastChanged = (book: Casebook, code: string) => lastChangedOf(casesTouching(book, code).map((c) => c.record));
export const casebookLastChanged = (book: Casebook) => lastChangedOf(book.cases);
