import { STANDINGS, type CaseStatus } from '../content/schema/case.ts';
import type { Casebook } from '../model/casebook.ts';
import { allJurisdictions } from '../model/flows.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { lastChangedOf } from '../model/last-changed.ts';
import { casesTouching } from '../model/mentions.ts';
import { memoized } from '../model/memoized.ts';
import type { Urls } from '../model/urls.ts';
import { fineStandings } from '../model/penalties.ts';
import type { PageCitation } from '../outputs/page-meta.ts';
import { caseSummary } from './case-summary.ts';
import { FINE_STANDING_FILTER_LABELS, STATUS_LABELS } from '../model/labels.ts';

const statusHref = (urls: Urls, status: string) => `${urls.cases}status/${status}/`;
const jurisdictionHref = (urls: Urls, code: string) => `${urls.cases}jurisdiction/${code.toLowerCase()}/`;
const standingHref = (urls: Urls, standing: string) => `${urls.cases}fines/${standing}/`;

/**
 * How many cases each filter value lists: the same on every case index page (at 10,000 cases there
 * are over 100 of them, and counting afresh for each took 3 s of the build), so counted once a Casebook.
 */
const filterCounts = memoized((book) => ({
  statuses: (Object.keys(STATUS_LABELS) as CaseStatus[]).map((status) => ({ status, count: book.cases.filter((c) => c.data.status === status).length })),
  jurisdictions: allJurisdictions(book).map((code) => ({ code, count: casesTouching(book, code).length })),
  standings: STANDINGS.map((standing) => ({ standing, count: book.cases.filter((c) => fineStandings(c).includes(standing)).length })),
}));

/**
 * Case index filters: by status, by jurisdiction and by where the case's fines stand now, each a
 * static page. A jurisdiction counts the cases its page lists; a standing, the cases with a fine
 * standing so (a case with fines upheld and under appeal is under both).
 */
export function caseIndexFilters(book: Casebook, urls: Urls) {
  const counts = filterCounts(book);
  const statuses = counts.statuses
    .map(({ status, count }) => ({ value: status, label: STATUS_LABELS[status], href: statusHref(urls, status), count }))
    .filter((s) => s.count > 0);
  const jurisdictions = counts.jurisdictions
    .map(({ code, count }) => ({ value: code, label: jurisdictionName(code), href: jurisdictionHref(urls, code), count }))
    .filter((j) => j.count > 0);
  // Every standing, none left out: each has its page whatever the content holds today, so a page's
  // address outlives the last case it lists (the permanence gate holds it), and "none annulled" is news too.
  const standings = counts.standings.map(({ standing, count }) => ({
    value: standing,
    label: FINE_STANDING_FILTER_LABELS[standing],
    href: standingHref(urls, standing),
    count,
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
