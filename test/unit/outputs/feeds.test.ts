import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, expect, test } from 'vitest';
import type { Casebook, CaseRecord } from '../../../src/lib/model/casebook.ts';
import { buildCiteBox } from '../../../src/lib/views/cite-box.ts';
import { citablePage } from '../../../src/lib/outputs/citation/citable-page.ts';
import { feedResponse } from '../../../src/lib/outputs/feed-response.ts';
import { FEED_SCOPES, caseFeedEntries, feedEntries, scopedFeed } from '../../../src/lib/outputs/feeds.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';

let book: Casebook;
let full: CaseRecord;
const caseUrl = (id: string) => `https://casebook.example.org/cases/${id}/`;

beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
  full = book.cases.find((c) => c.id === 'full-case')!;
});

test('gives each change its own entry, linking to the change on the page', () => {
  const entries = caseFeedEntries(full, caseUrl('full-case'));
  expect(entries.map((e) => [e.title.split(':')[0], e.link])).toEqual([
    ['Updated', 'https://casebook.example.org/cases/full-case/#change-2024-09-02'],
    ['New case', 'https://casebook.example.org/cases/full-case/#change-2024-08-13'],
  ]);
});

test('a new updated date with its change yields a new entry and a new cited version', () => {
  const changed: CaseRecord = {
    id: full.id,
    data: { ...full.data, updated: '2025-01-15', changes: [...(full.data.changes ?? []), { date: '2025-01-15', summary: 'Added the appeal.' }] },
  };
  const before = caseFeedEntries(full, caseUrl(full.id));
  const after = caseFeedEntries(changed, caseUrl(full.id));
  expect(after).toHaveLength(before.length + 1);
  expect(after[0]).toMatchObject({ link: 'https://casebook.example.org/cases/full-case/#change-2025-01-15', pubDate: new Date('2025-01-15T00:00:00Z') });
  const cite = (record: CaseRecord) => buildCiteBox(citablePage(record, caseUrl(record.id)));
  expect(cite(full).version.text).toBe('2 September 2024');
  expect(cite(changed).version.text).toBe('15 January 2025');
  expect(cite(changed).styles.find((s) => s.id === 'apa')!.text).toContain('(2025, January 15)');
});

test('a case without a changelog has one entry at its updated date', () => {
  const minimal = book.cases.find((c) => c.id === 'minimal-case')!;
  expect(caseFeedEntries(minimal, caseUrl('minimal-case'))).toMatchObject([{ title: 'New case: Minimal fictional case', pubDate: new Date('2020-06-01T00:00:00Z') }]);
});

test('scopes feeds to a firm, a regulator or a jurisdiction', () => {
  expect(FEED_SCOPES.firms(book, 'example-pay').map((c) => c.id)).toEqual(['full-case']);
  expect(FEED_SCOPES.regulators(book, 'example-court').map((c) => c.id).sort()).toEqual(['full-case', 'third-case']);
  expect(FEED_SCOPES.jurisdictions(book, 'NO').map((c) => c.id)).toEqual(['third-case']);
});

test('a scoped feed is titled by its firm, regulator or jurisdiction and holds its cases only', () => {
  const firm = scopedFeed(book, 'firms', 'example-pay', caseUrl);
  expect(firm.title).toBe(book.firms.get('example-pay')!.name);
  expect(firm.description).toBe(`New and updated cases involving ${firm.title}.`);
  expect(new Set(firm.entries.map((e) => e.link.split('#')[0]))).toEqual(new Set([caseUrl('full-case')]));
  expect(scopedFeed(book, 'regulators', 'example-court', caseUrl).title).toBe(book.regulators.get('example-court')!.name);
  const norway = scopedFeed(book, 'jurisdictions', 'NO', caseUrl);
  expect(norway.title).toBe('Norway');
  expect(norway.description).toMatch(/^New and updated cases with data flowing into or out of Norway, or in which one of its authorities acted\.$/);
  expect(norway.entries.every((e) => e.link.startsWith(caseUrl('third-case')))).toBe(true);
});

test('the RSS parses with a feed parser, newest entry first', async () => {
  const response = await feedResponse('Test', 'All cases.', 'https://casebook.example.org/', feedEntries(book.cases, caseUrl));
  const feed = parseFeed(await response.text());
  expect(feed.title).toBe('Test · Cross-Border Data Casebook');
  expect(feed.items.length).toBe(4);
  expect(feed.items[0].url).toBe('https://casebook.example.org/cases/full-case/#change-2024-09-02');
  expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
});
