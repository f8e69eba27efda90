import type { CaseStatus } from '../content/schema/case.ts';
import type { Casebook } from '../model/casebook.ts';
import { allJurisdictions } from '../model/flows.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { casesTouching } from '../model/mentions.ts';
import type { Urls } from '../model/urls.ts';
import { caseSummary } from './case-summary.ts';
import { STATUS_LABELS } from '../model/labels.ts';

/** Case index filters: by status and by jurisdiction, each a static page. A jurisdiction counts the cases its page lists. */
export function caseIndexFilters(book: Casebook, urls: Urls) {
  const statuses = (Object.keys(STATUS_LABELS) as CaseStatus[])
    .map((status) => ({ value: status, label: STATUS_LABELS[status], href: `${urls.cases}status/${status}/`, count: book.cases.filter((c) => c.data.status === status).length }))
    .filter((s) => s.count > 0);
  const jurisdictions = allJurisdictions(book)
    .map((code) => ({ value: code, label: jurisdictionName(code), href: `${urls.cases}jurisdiction/${code.toLowerCase()}/`, count: casesTouching(book, code).length }))
    .filter((j) => j.count > 0);
  return { statuses, jurisdictions };
}

/** The case index, all cases or one status or one jurisdiction's (the same cases its jurisdiction page lists). */
export function caseIndexView(book: Casebook, urls: Urls, filter: { status?: string; jurisdiction?: string }) {
  const touching = filter.jurisdiction ? new Set(casesTouching(book, filter.jurisdiction).map((c) => c.record.id)) : undefined;
  return {
    filters: caseIndexFilters(book, urls),
    cases: book.cases
      .filter((c) => !filter.status || c.data.status === filter.status)
      .filter((c) => !touching || touching.has(c.id))
      .map((c) => caseSummary(book, urls, c)),
  };
}
