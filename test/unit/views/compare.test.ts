import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { createUrls } from '../../../src/lib/model/urls.ts';
import { caseRecordJson, type CaseRecordJson } from '../../../src/lib/outputs/open-data.ts';
import { compareChoices, compareView, type Entry } from '../../../src/lib/views/compare.ts';

let book: Casebook;
let files: Record<string, CaseRecordJson>;
const urls = createUrls('/');
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
  // What the compare page reads: each case as its data file gives it.
  files = Object.fromEntries(book.cases.map((r) => [r.id, JSON.parse(JSON.stringify(caseRecordJson(book, r, `https://casebook.example.org/cases/${r.id}/`)))]));
});

const text = (entries: Entry[]) => entries.map((lines) => lines.map((line) => line.map((s) => s.text).join('')));
const view = (...ids: string[]) => compareView(ids.map((id) => files[id]), urls);
const row = (v: ReturnType<typeof view>, id: string) => v.rows.find((r) => r.id === id)!;

describe('compareView', () => {
  test('one column per case, in the order chosen, each linking its page', () => {
    expect(view('third-case', 'full-case').columns).toEqual([
      { id: 'third-case', title: 'Sample Cloud moved European account data to the United States', href: '/cases/third-case/' },
      { id: 'full-case', title: 'Example Pay passed customer data to Sample Cloud without consent', href: '/cases/full-case/' },
    ]);
  });

  test('the same rows for every case, in one order, so facts line up', () => {
    expect(view('full-case', 'minimal-case').rows.map((r) => r.id)).toEqual(['status', 'flows', 'data', 'records', 'people', 'penalties', 'fines', 'laws', 'span', 'dates', 'regulators']);
  });

  test('flows: route, then exporter → importer with links, then how the transfer is known with its source', () => {
    const [full, third] = row(view('full-case', 'third-case'), 'flows').cells;
    expect(text(full)).toEqual([['South Korea → United States', 'Example Pay → Sample Cloud Inc.', 'Found by SDA, 1 September 2024 [Sample Data Authority, 1 September 2024]']]);
    expect(full[0][1][0]).toEqual({ text: 'Example Pay', href: '/firms/example-pay/' });
    expect(full[0][2].at(-2)).toEqual({ text: 'Sample Data Authority, 1 September 2024', href: 'http://sda.example/decisions/2024-17' });
    expect(text(third)).toEqual([['European Union → United States (alleged)', 'unknown sender → Sample Cloud Inc.'], ['European Union → Norway']]);
  });

  test('penalties with every standing step and its source; one without steps says it stands as imposed', () => {
    const [third] = row(view('third-case'), 'penalties').cells;
    expect(text(third)).toEqual([
      ['Example Court of Justice: Fine of EUR 50,000 on Sample Cloud Inc., March 2021 [Example Court of Justice, 15 March 2021]', 'Annulled in a final ruling by Example Court of Justice, 1 June 2022 [Example Court of Justice, 15 March 2021]'],
      ['Example Court of Justice: Fine of EUR 250,000 on Sample Cloud Inc., 15 March 2021 [Example Court of Justice, 15 March 2021]', 'Under appeal, April 2021 [Example Court of Justice, 15 March 2021]', 'Reduced on appeal by Example Court of Justice, 1 June 2022, to EUR 200,000 [Example Court of Justice, 15 March 2021]'],
      ['Example Court of Justice: Fine of USD 10,000 on Sample Cloud Inc., 15 March 2021 [Example Court of Justice, 15 March 2021]', 'Stands as imposed: no appeal recorded'],
    ]);
    // A source without an address links to its entry on the case page.
    expect(third[0][0].at(-2)).toEqual({ text: 'Example Court of Justice, 15 March 2021', href: '/cases/third-case/#source-court-ruling' });
  });

  test('the authority\'s own term, and fines per currency as imposed and as they stand, never converted', () => {
    const v = view('full-case', 'third-case');
    // By date: the warning of 2024 (a year) first, then the fine of September 2024.
    expect(text(row(v, 'penalties').cells[0]).map((lines) => lines[0].split(',')[0])).toEqual(['SDA: Warning on Jane Example', 'SDA: Penalty surcharge (과징금) of KRW 1', 'SDA: Corrective order on Example Pay']);
    expect(text(row(v, 'penalties').cells[0])[1]).toEqual([
      'SDA: Penalty surcharge (과징금) of KRW 1,000,000 on Example Pay, September 2024 [Sample Data Authority, 1 September 2024]',
      'Under appeal, October 2024 [Sample Data Authority, 1 September 2024]',
      'Stayed at first instance by Example Court of Justice, 5 November 2024 [Sample Data Authority, 1 September 2024]',
    ]);
    expect(text(row(v, 'fines').cells[1])).toEqual([['Imposed: EUR 300,000; USD 10,000', 'Standing now: EUR 200,000; USD 10,000']]);
    expect(text(row(v, 'fines').cells[0])).toEqual([['Imposed: KRW 1 million', 'Standing now: KRW 1 million']]);
    expect(text(row(view('minimal-case'), 'fines').cells[0])).toEqual([]);
  });

  test('records and people as reported, exact beside the rounded figure', () => {
    const v = view('full-case');
    expect(text(row(v, 'records').cells[0])).toEqual([['54.2 billion (54,200,000,000)']]);
    expect(text(row(v, 'people').cells[0])).toEqual([['40 million (40,000,000)']]);
  });

  test('laws with their articles, the timeline span and the key dates, the regulators with their roles', () => {
    const v = view('full-case');
    expect(text(row(v, 'laws').cells[0])).toEqual([['Example Privacy Act (EPA), article 17(3)']]);
    expect(text(row(v, 'span').cells[0])).toEqual([['April 2018 – 1 September 2024 (3 events)']]);
    expect(text(row(v, 'dates').cells[0])).toEqual([['First reported: 13 August 2024'], ['Last updated: 2 September 2024'], ['1 September 2024: The Sample Data Authority fines Example Pay (sanction)']]);
    expect(text(row(v, 'regulators').cells[0])).toEqual([['Sample Data Authority (SDA), investigator'], ['Example Court of Justice, court']]);
  });

  test('marks a row the same when every case says the same, so the rows that differ stand out', () => {
    const v = view('full-case', 'third-case');
    expect(row(v, 'laws').same).toBe(false);
    expect(row(v, 'status').same).toBe(false);
    expect(row(view('full-case', 'full-case'), 'status').same).toBe(true);
    // One case alone has nothing to compare with.
    expect(row(view('full-case'), 'status').same).toBe(false);
  });
});

test('the choices list every case by title, each linking its page', () => {
  expect(compareChoices(book, urls).map((c) => [c.id, c.href])).toEqual([
    ['full-case', '/cases/full-case/'],
    ['minimal-case', '/cases/minimal-case/'],
    ['third-case', '/cases/third-case/'],
  ]);
});
