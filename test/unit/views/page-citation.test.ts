// What each page kind's view model says about its page for citation (title, path, date), and
// that the date is the one the sitemap gives the same page (model/last-changed.ts).
import { beforeAll, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { allJurisdictions } from '../../../src/lib/model/flows.ts';
import { createUrls } from '../../../src/lib/model/urls.ts';
import type { PageCitation } from '../../../src/lib/outputs/page-meta.ts';
import { lastModifiedByPath } from '../../../src/lib/outputs/sitemap-dates.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { caseIndexView } from '../../../src/lib/views/case-index.ts';
import { firmView } from '../../../src/lib/views/firm.ts';
import { jurisdictionView } from '../../../src/lib/views/jurisdiction.ts';
import { lawView } from '../../../src/lib/views/law.ts';
import { personView } from '../../../src/lib/views/person.ts';
import { regulatorView } from '../../../src/lib/views/regulator.ts';
import { timelineView } from '../../../src/lib/views/timeline.ts';

let book: Casebook;
const urls = createUrls('/');
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

// The fixture's cases were updated 2024-09-02 (full-case), 2021-03-15 (third-case) and 2020-06 (minimal-case).
test.each<{ kind: string; citation: () => PageCitation; expected: PageCitation }>([
  {
    kind: 'firm',
    citation: () => firmView(book, urls, 'example-pay').citation,
    expected: { title: 'Example Pay', path: '/firms/example-pay/', updated: '2024-09-02', summary: 'Fictional mobile payment service used by the test fixtures.' },
  },
  {
    kind: 'regulator',
    citation: () => regulatorView(book, urls, 'sample-data-authority').citation,
    expected: { title: 'Sample Data Authority', path: '/regulators/sample-data-authority/', updated: '2024-09-02', summary: 'Fictional data-protection authority used by the test fixtures.' },
  },
  {
    kind: 'person',
    citation: () => personView(book, urls, 'jane-example').citation,
    expected: { title: 'Jane Example', path: '/people/jane-example/', updated: '2024-09-02', summary: 'Fictional privacy scholar quoted by the test fixtures.' },
  },
  {
    kind: 'law',
    citation: () => lawView(book, urls, 'example-privacy-act').citation,
    expected: { title: 'Example Privacy Act', path: '/laws/example-privacy-act/', updated: '2024-09-02', summary: 'Fictional statute cited by the test fixtures.' },
  },
  // Only third-case touches Norway.
  { kind: 'jurisdiction', citation: () => jurisdictionView(book, urls, 'NO').citation, expected: { title: 'Norway', path: '/jurisdictions/no/', updated: '2021-03-15' } },
  { kind: 'case index', citation: () => caseIndexView(book, urls, {}, 'All cases').citation, expected: { title: 'All cases', path: '/cases/', updated: '2024-09-02' } },
  {
    kind: 'cases by status',
    citation: () => caseIndexView(book, urls, { status: 'reported' }, 'Cases: Reported').citation,
    expected: { title: 'Cases: Reported', path: '/cases/status/reported/', updated: '2020-06' },
  },
  { kind: 'timeline', citation: () => timelineView(book, urls, {}, 'Timeline of all cases').citation, expected: { title: 'Timeline of all cases', path: '/timeline/', updated: '2024-09-02' } },
  {
    kind: 'timeline by kind',
    citation: () => timelineView(book, urls, { kind: 'ruling' }, 'Timeline: Ruling events').citation,
    expected: { title: 'Timeline: Ruling events', path: '/timeline/kind/ruling/', updated: '2021-03-15' },
  },
])('a $kind page cites its own title, path and last change', ({ citation, expected }) => {
  expect(citation()).toEqual(expected);
});

test('each page is dated as the sitemap dates it', () => {
  const lastmod = lastModifiedByPath(book, urls);
  const citations = [
    ...[...book.firms.keys()].map((id) => firmView(book, urls, id).citation),
    ...[...book.regulators.keys()].map((id) => regulatorView(book, urls, id).citation),
    ...[...book.people.keys()].map((id) => personView(book, urls, id).citation),
    ...[...book.laws.keys()].map((id) => lawView(book, urls, id).citation),
    ...allJurisdictions(book).map((code) => jurisdictionView(book, urls, code).citation),
    caseIndexView(book, urls, {}, 'All cases').citation,
    timelineView(book, urls, {}, 'Timeline').citation,
  ];
  for (const { path, updated } of citations) expect(updated, path).toBe(lastmod.get(path));
  // Not every page is dated by the newest case: Norway's only case is older.
  expect(new Set(citations.map((c) => c.updated)).size).toBeGreaterThan(1);
});

test('a timeline by kind lists only that kind of event', () => {
  const view = timelineView(book, urls, { kind: 'ruling' }, 'Rulings');
  expect(view.years.flatMap((y) => y.events.map((e) => e.kind))).toEqual(['ruling']);
  expect(view.kinds.map((k) => k.kind)).toContain('sanction');
});
