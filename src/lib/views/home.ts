import type { Casebook } from '../model/casebook.ts';
import { formatCount } from '../model/numbers.ts';
import { casebookStats } from '../model/stats.ts';
import type { Urls } from '../model/urls.ts';
import { caseSummary } from './case-summary.ts';

export function homeView(book: Casebook, urls: Urls) {
  const stats = casebookStats(book);
  const { largest } = stats.records;
  return {
    stats,
    /** Records: what is summed, over how many cases, and the largest single case, so the headline cannot be misread. */
    records: {
      totalText: formatCount(stats.records.total),
      cases: stats.records.cases,
      largest: largest ? { text: formatCount(largest.records), title: largest.record.data.title, href: urls.case(largest.record.id) } : undefined,
    },
    latest: book.cases.slice(0, 6).map((r) => caseSummary(book, urls, r)),
  };
}
