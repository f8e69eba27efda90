import type { CaseStatus } from '../content/schema/case.ts';
import type { Casebook } from '../model/casebook.ts';
import { allJurisdictions } from '../model/flows.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { lastChangedOf } from '../model/last-changed.ts';
import { casesTouching } from '../model/mentions.ts';
import type { Urls } from '../model/urls.ts';
import type { PageCitation } from '../outputs/page-meta.ts';
import { caseSummary } from './case-summary.ts';
import { STATUS_LABELS } from '../model/labels.ts';

const statusHref = (urls: Urls, status: string) => `${urls.cases}status/${status}/`;
const jurisdictionHref = (urls: Urls, code: string) => `${urls.cases}jurisdiction/${code.toLowerCase()}/`;

/** Case index filters: by status and by jurisdiction, each a static page. A jurisdiction counts the cases its page lists. */
export function caseIndexFilters(book: Casebook, urls: Urls) {
  const statuses = (Object.keys(STATUS_LABELS) as CaseStatus[])
    .map((status) => ({ value: status, label: STATUS_LABELS[status], href: statusHref(urls, status), count: book.cases.filter((c) => c.data.status === status).length }))
    .filter((s) => s.count > 0);
  const jurisdictions = allJurisdictions(book)
    .map((code) => ({ value: code, label: jurisdictionName(code), href: jurisdictionHref(urls, code), count: casesTouching(book, code).length }))
    .filter((j) => j.count > 0);
  return { statuses, jurisdictions };
}

/**
 * The case index, all cases or one status or one jurisdiction's (the same cases its jurisdiction
 * page lists), headed `title`; it last changed when the newest case it lists did.
 */
export function caseIndexView(book: Casebook, urls: Urls, filter: { status?: string; jurisdiction?: string }, title: string) {
  const touching = filter.jurisdiction ? new Set(casesTouching(book, filter.jurisdiction).map((c) => c.record.id)) : undefined;
  const listed = book.cases
    .filter((c) => !filter.status || c.data.status === filter.status)
    .filter((c) => !touching || touching.has(c.id));
  const path = filter.status ? statusHref(urls, filter.status) : filter.jurisdiction ? jurisdictionHref(urls, filter.jurisdiction) : urls.cases;
  const citation: PageCitation = { title, path, updated: lastChangedOf(listed) };
  return {
    filters: caseIndexFilters(book, urls),
    cases: listed.map((c) => caseSummary(book, urls, c)),
    citation,
  };
}
