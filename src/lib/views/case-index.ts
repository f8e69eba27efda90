import { STANDINGS, type CaseStatus } from '../content/schema/case.ts';
import type { Casebook } from '../model/casebook.ts';
import { allJurisdictions } from '../model/flows.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { lastChangedOf } from '../model/last-changed.ts';
import { casesTouching } from '../model/mentions.ts';
import type { Urls } from '../model/urls.ts';
import { fineStandings } from '../model/penalties.ts';
import type { PageCitation } from '../outputs/page-meta.ts';
import { caseSummary } from './case-summary.ts';
import { FINE_STANDING_FILTER_LABELS, STATUS_LABELS } from '../model/labels.ts';

const statusHref = (urls: Urls, status: string) => `${urls.cases}status/${status}/`;
const jurisdictionHref = (urls: Urls, code: string) => `${urls.cases}jurisdiction/${code.toLowerCase()}/`;
const standingHref = (urls: Urls, standing: string) => `${urls.cases}fines/${standing}/`;

/**
 * Case index filters: by status, by jurisdiction and by where the case's fines stand now, each a
 * static page. A jurisdiction counts the cases its page lists; a standing, the cases with a fine
 * standing so (a case with fines upheld and under appeal is under both).
 */
export function caseIndexFilters(book: Casebook, urls: Urls) {
  const statuses = (Object.keys(STATUS_LABELS) as CaseStatus[])
    .map((status) => ({ value: status, label: STATUS_LABELS[status], href: statusHref(urls, status), count: book.cases.filter((c) => c.data.status === status).length }))
    .filter((s) => s.count > 0);
  const jurisdictions = allJurisdictions(book)
    .map((code) => ({ value: code, label: jurisdictionName(code), href: jurisdictionHref(urls, code), count: casesTouching(book, code).length }))
    .filter((j) => j.count > 0);
  // Every standing, none left out: each has its page whatever the content holds today, so a page's
  // address outlives the last case it lists (the permanence gate holds it), and "none annulled" is news too.
  const standings = STANDINGS.map((standing) => ({
    value: standing,
    label: FINE_STANDING_FILTER_LABELS[standing],
    href: standingHref(urls, standing),
    count: book.cases.filter((c) => fineStandings(c).includes(standing)).length,
  }));
  return { statuses, jurisdictions, standings };
}

/**
 * The case index, all cases or one status, one jurisdiction's (the same cases its jurisdiction
 * page lists) or one standing of fines, headed `title`; it last changed when the newest case it
 * lists did.
 */
export function caseIndexView(book: Casebook, urls: Urls, filter: { status?: string; jurisdiction?: string; standing?: string }, title: string) {
  const touching = filter.jurisdiction ? new Set(casesTouching(book, filter.jurisdiction).map((c) => c.record.id)) : undefined;
  const listed = book.cases
    .filter((c) => !filter.status || c.data.status === filter.status)
    .filter((c) => !touching || touching.has(c.id))
    .filter((c) => !filter.standing || (fineStandings(c) as string[]).includes(filter.standing));
  const path = filter.status
    ? statusHref(urls, filter.status)
    : filter.jurisdiction ? jurisdictionHref(urls, filter.jurisdiction) : filter.standing ? standingHref(urls, filter.standing) : urls.cases;
  const citation: PageCitation = { title, path, updated: lastChangedOf(listed) };
  return {
    filters: caseIndexFilters(book, urls),
    cases: listed.map((c) => caseSummary(book, urls, c)),
    citation,
  };
}
