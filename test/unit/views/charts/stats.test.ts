import { describe, expect, test } from 'vitest';
import type { Casebook } from '../../../../src/lib/model/casebook.ts';
import { horizontalBars, stackedColumns } from '../../../../src/lib/views/charts/bars.ts';
import { casesByYear, dataCategoryCounts, destinationCounts, fineOutcomesByCurrency, penaltiesByCurrency, statsView } from '../../../../src/lib/views/charts/stats.ts';
import type { CaseData } from '../../../../src/lib/content/schema/case.ts';
import { createUrls } from '../../../../src/lib/model/urls.ts';

/** A casebook of just the fields the counts read (the shared fixtures change with other features). */
function casebook(cases: { id: string; data: Partial<CaseData> }[]): Casebook {
  return {
    cases: cases.map(({ id, data }) => ({ id, data: { status: 'reported', reported: '2020', flows: [], ...data } as CaseData })),
    firms: new Map(),
    regulators: new Map([
      ['sda', { name: 'Sample Data Authority', country: 'KR' }],
      ['court', { name: 'Example Court', country: 'DE' }],
    ]),
    people: new Map(),
    laws: new Map(),
    dataCategories: new Map([['name', { label: 'Name' }], ['ip-address', { label: 'IP address' }]]),
  } as unknown as Casebook;
}
const flow = (from: string, to: string, data = ['name']) => ({ from, to, data });
const fine = (authority: string, amount: number, currency: string, standing?: { date: string; standing: 'under-appeal' | 'upheld' | 'reduced' | 'annulled'; amount?: number; source: string }[]) =>
  ({ authority, kind: 'fine' as const, amount, currency, date: '2021', source: 's', ...(standing && { standing }) });

describe('horizontalBars', () => {
  const chart = horizontalBars([
    { label: 'A', value: 4, valueText: '4 cases' },
    { label: 'B', value: 1, valueText: '1 case' },
  ], 360);

  test('scales bars from zero, the largest filling the width', () => {
    expect(chart.bars.map((b) => b.width)).toEqual([360, 90]);
  });

  test('writes a value inside its bar only when there is no room after it', () => {
    expect(chart.bars.map((b) => b.value.inside)).toEqual([true, false]);
    expect(chart.bars[1].value.x).toBe(95);
  });

  test('gives each item its own row', () => {
    expect(chart.bars[1].y - chart.bars[0].y).toBe(36);
    expect(chart.height).toBe(76);
  });
  test('writes a label longer than the width on more lines, the bar and the next row below them', () => {
    const long = 'Magistrate court of judicial district No. 422 of the Tagansky District of Moscow';
    const wrapped = horizontalBars([{ label: long, value: 2, valueText: '2' }, { label: 'B', value: 1, valueText: '1' }], 360);
    const [first, second] = wrapped.bars;
    expect(first.labelLines.map((l) => l.value).join(' ')).toBe(long);
    expect(first.labelLines.length).toBeGreaterThan(1);
    // About 6.6 units a character at 12 units.
    for (const line of first.labelLines) expect(line.value.length * 6.6).toBeLessThanOrEqual(360);
    expect(first.y).toBeGreaterThan(first.labelLines.at(-1)!.y);
    expect(second.labelLines[0].y).toBeGreaterThan(first.y + first.height);
    expect(wrapped.height).toBeGreaterThanOrEqual(second.y + second.height);
  });
});

describe('stackedColumns', () => {
  const rows = [
    { key: '2020', counts: { a: 1, b: 2 } },
    { key: '2021', counts: { a: 0, b: 1 } },
  ];
  const chart = stackedColumns(rows, ['a', 'b'], { width: 200, height: 134 });

  test('stacks segments in key order, each as tall as its count', () => {
    const [a, b] = chart.segments.filter((s) => s.column === '2020');
    expect([a.key, b.key]).toEqual(['a', 'b']);
    expect(b.y + b.height).toBeCloseTo(a.y, 1);
    expect(b.height).toBeCloseTo(2 * a.height, 0);
  });

  test('draws no empty segments and ticks only whole counts', () => {
    expect(chart.segments.filter((s) => s.column === '2021').map((s) => s.key)).toEqual(['b']);
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
  });
});

describe('the casebook counted', () => {
  const book = casebook([
    { id: 'a', data: { status: 'appealed', reported: '2019', flows: [flow('EU', 'US', ['name', 'ip-address']), flow('EU', 'NO')], penalties: [fine('court', 250_000, 'EUR'), fine('court', 50_000, 'EUR'), fine('court', 10_000, 'USD')] } },
    { id: 'b', data: { status: 'sanctioned', reported: '2022-05', flows: [flow('KR', 'US'), flow('KR', 'US')], penalties: [fine('sda', 1_000_000, 'KRW')] } },
    { id: 'c', data: { status: 'sanctioned', reported: '2022-01-03', flows: [flow('KR', 'US')] } },
  ]);

  test('cases per year of first report, by status, with empty years kept', () => {
    const years = casesByYear(book);
    expect(years.map((y) => [y.year, y.total])).toEqual([[2019, 1], [2020, 0], [2021, 0], [2022, 2]]);
    expect(years[3].counts).toMatchObject({ sanctioned: 2, reported: 0 });
  });

  test('penalties stay in their own currency, per authority, never added across currencies', () => {
    expect(penaltiesByCurrency(book)).toEqual([
      { currency: 'EUR', authorities: [{ authority: 'court', amount: 300_000, count: 2 }] },
      { currency: 'KRW', authorities: [{ authority: 'sda', amount: 1_000_000, count: 1 }] },
      { currency: 'USD', authorities: [{ authority: 'court', amount: 10_000, count: 1 }] },
    ]);
  });

  test('destinations and data categories count cases, not flows', () => {
    expect(destinationCounts(book)).toEqual([
      { code: 'US', name: 'United States', count: 3 },
      { code: 'NO', name: 'Norway', count: 1 },
    ]);
    expect(dataCategoryCounts(book)).toEqual([
      { id: 'name', name: 'Name', count: 3 },
      { id: 'ip-address', name: 'IP address', count: 1 },
    ]);
  });

  test('the page view has one chart per currency and a text alternative for each chart', () => {
    const view = statsView(book, createUrls('/'));
    expect(view.penalties.map((p) => p.id)).toEqual(['penalties-eur', 'penalties-krw', 'penalties-usd']);
    expect(view.penalties[1].desc).toBe('One authority imposed penalties in KRW: Sample Data Authority, KRW 1 million.');
    expect(view.destinations.rows[0]).toEqual({ name: 'United States', href: '/cases/jurisdiction/us/', count: 3 });
    expect(view.years.chart.segments.find((s) => s.column === '2019')!.label).toBe('2019: 1 case, under appeal');
    expect(view.years.desc).toBe('3 cases first reported between 2019 and 2022; the most in 2022 (2). Each column is split by each case’s status today.');
  });
});

describe('how fines stand now', () => {
  const book = casebook([
    { id: 'a', data: { penalties: [
      fine('court', 250_000, 'EUR', [{ date: '2021-04', standing: 'under-appeal', source: 's' }, { date: '2022', standing: 'reduced', amount: 200_000, source: 's' }]),
      fine('court', 50_000, 'EUR', [{ date: '2022', standing: 'annulled', source: 's' }]),
      fine('court', 10_000, 'USD'),
    ] } },
    { id: 'b', data: { penalties: [fine('sda', 1_000_000, 'EUR', [{ date: '2022', standing: 'under-appeal', source: 's' }]), fine('sda', 5, 'EUR')] } },
  ]);

  test('per currency: how many fines, how many challenged, and how each group stands, amounts as imposed and as they stand', () => {
    expect(fineOutcomesByCurrency(book)).toEqual([
      {
        currency: 'EUR', fines: 4, challenged: 3,
        byStanding: [
          { standing: 'imposed', count: 1, imposed: 5, standingNow: 5 },
          { standing: 'under-appeal', count: 1, imposed: 1_000_000, standingNow: 1_000_000 },
          { standing: 'reduced', count: 1, imposed: 250_000, standingNow: 200_000 },
          { standing: 'annulled', count: 1, imposed: 50_000, standingNow: 0 },
        ],
      },
      { currency: 'USD', fines: 1, challenged: 0, byStanding: [{ standing: 'imposed', count: 1, imposed: 10_000, standingNow: 10_000 }] },
    ]);
  });

  test('the page says it in words, per currency, and labels the rows', () => {
    const [eur, usd] = statsView(book, createUrls('/')).fineOutcomes;
    expect(eur.desc).toBe('4 fines in EUR; 3 challenged or revisited since: 1 under appeal, 1 reduced, 1 annulled. The other one stands as imposed.');
    expect(eur.rows.map((r) => [r.label, r.count, r.imposed.text, r.standingNow.text])).toEqual([
      ['As imposed (no appeal recorded)', 1, 'EUR 5', 'EUR 5'],
      ['Under appeal', 1, 'EUR 1,000,000', 'EUR 1,000,000'],
      ['Reduced', 1, 'EUR 250,000', 'EUR 200,000'],
      ['Annulled', 1, 'EUR 50,000', 'EUR 0'],
    ]);
    expect(usd.desc).toBe('1 fine in USD, none with an appeal or a later decision recorded.');
  });
});
