import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { buildCaseView, languageName, type CaseView } from '../../../src/lib/views/case.ts';
import { createUrls } from '../../../src/lib/model/urls.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';

let book: Casebook;
let full: CaseView;
let minimal: CaseView;
const urls = createUrls('/');

beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
  const view = (id: string) => buildCaseView(book, book.cases.find((c) => c.id === id)!, urls);
  full = view('full-case');
  minimal = view('minimal-case');
});

describe('case view model', () => {
  test('shows dates at the precision written', () => {
    expect(full.reported).toEqual({ iso: '2024-08-13', text: '13 August 2024' });
    expect(full.timeline[0].date).toEqual({ iso: '2018-04', text: 'April 2018' });
    expect(full.flows[0].since?.text).toBe('April 2018');
  });

  test('shows records and people readably, with the exact values kept', () => {
    expect(full.flows[0].records).toEqual({ value: 54_200_000_000, text: '54.2 billion', exact: '54,200,000,000' });
    expect(full.flows[0].people?.text).toBe('40 million');
  });

  test('names countries in English and links them to their jurisdiction pages', () => {
    expect(full.flows[0].from).toEqual({ code: 'KR', name: 'South Korea', href: '/jurisdictions/kr/' });
    expect(full.flows[0].to.name).toBe('United States');
  });

  test('resolves data categories to their labels', () => {
    const labels = full.flows[0].data.map((d) => d.label);
    expect(labels).toHaveLength(4);
    expect(labels.every((label) => label !== '' && !label.includes('-'))).toBe(true);
  });

  test('orders penalties by date and keeps currency with the amount', () => {
    expect(full.penalties.map((p) => p.date.iso)).toEqual(['2024', '2024-09', '2024-09-01']);
    const fine = full.penalties.find((p) => p.kind === 'fine')!;
    expect(fine.amount).toMatchObject({ text: 'KRW 1 million', exact: 'KRW 1,000,000' });
    expect(fine.authority.href).toBe('/regulators/sample-data-authority/');
  });

  test('numbers sources in list order and points references at them', () => {
    expect(full.sources.map((s) => [s.number, s.anchor])).toEqual([
      [1, 'source-example-news-2024-08-14'],
      [2, 'source-example-pay-statement'],
      [3, 'source-sda-decision-2024'],
    ]);
    expect(full.timeline.at(-1)!.sources).toEqual([{ id: 'sda-decision-2024', number: 3, href: '#source-sda-decision-2024' }]);
  });

  test('gives timeline events and quotes anchors made from their content, unique on the page', () => {
    expect(full.timeline[0].anchor).toBe('event-2018-04-example-pay-starts-passing-customer-data');
    expect(full.quotes[0].anchor).toBe('quote-jane-example-2024-08-14');
    const anchors = [...full.timeline.map((e) => e.anchor), ...full.quotes.map((q) => q.anchor), ...full.sources.map((s) => s.anchor), ...Object.values(full.sections).flatMap((s) => (s ? [s.id] : []))];
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  test('labels an event or a quotation the case cannot confirm, keeping its anchor', () => {
    const record = book.cases.find((c) => c.id === 'full-case')!;
    const flagged = {
      ...record,
      data: {
        ...record.data,
        timeline: record.data.timeline.map((e, i) => (i === 0 ? { ...e, unconfirmed: true } : e)),
        quotes: record.data.quotes!.map((q) => ({ ...q, unconfirmed: true })),
      },
    };
    const view = buildCaseView(book, flagged, urls);
    expect(view.timeline[0].title).toBe(`Unconfirmed: ${full.timeline[0].title}`);
    expect(view.timeline[0].anchor).toBe(full.timeline[0].anchor);
    expect(view.timeline.slice(1).map((e) => e.title)).toEqual(full.timeline.slice(1).map((e) => e.title));
    expect(view.quotes.map((q) => [q.anchor, q.unconfirmed])).toEqual(full.quotes.map((q) => [q.anchor, true]));
    expect(full.quotes.every((q) => q.unconfirmed === false)).toBe(true);
  });

  test('keeps the original-language text of a quote with its language', () => {
    expect(full.quotes[0]).toMatchObject({ lang: 'en', originalLang: 'ko' });
    expect(full.quotes[0].original).toBeTruthy();
  });

  test('attributes each position to a firm, regulator or person', () => {
    expect(full.positions.map((p) => p.speaker.kind)).toEqual(['regulators', 'firms', 'people']);
  });

  test('groups provisions by law, articles in the order cited', () => {
    expect(full.provisions.map((p) => [p.law.id, p.articles])).toEqual([['example-privacy-act', ['17(3)']]]);
  });

  test('lists the changelog newest first', () => {
    expect(full.changes.map((c) => c.date.iso)).toEqual(['2024-09-02', '2024-08-13']);
  });

  test('omits sections a minimal case has nothing for', () => {
    const ids = Object.values(minimal.sections).flatMap((s) => (s ? [s.id] : []));
    expect(ids).not.toContain('positions');
    expect(ids).not.toContain('quotes');
    expect(ids).not.toContain('changes');
    expect(ids).toEqual(expect.arrayContaining(['key-facts', 'timeline', 'sources']));
    expect(minimal.penalties).toEqual([]);
  });
});

describe('languageName', () => {
  test.each([
    { tag: 'ko', expected: 'Korean' },
    { tag: 'zh-Hant-TW', expected: 'Chinese (Traditional, Taiwan)' },
    // DisplayNames throws on an extension: the base tag is named instead.
    { tag: 'ja-JP-u-ca-japanese', expected: 'Japanese (Japan)' },
    // Valid BCP 47 that ICU cannot read is shown as written, never a crash.
    { tag: 'x-klingon', expected: 'x-klingon' },
  ])('names $tag as "$expected"', ({ tag, expected }) => {
    expect(languageName(tag)).toBe(expected);
  });
});
