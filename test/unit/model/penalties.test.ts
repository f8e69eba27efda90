import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook, CaseRecord } from '../../../src/lib/model/casebook.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import type { Penalty } from '../../../src/lib/content/schema/case.ts';
import { caseFines, currentStanding, fineStandings, isChallenged, latestStep, penaltiesByAuthority, penaltiesOnFirm, penaltiesOnPerson, standingAmount, standingSteps } from '../../../src/lib/model/penalties.ts';

let book: Casebook;
let third: CaseRecord;
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
  third = book.cases.find((r) => r.id === 'third-case')!;
});

const fine = (amount: number, standing?: Penalty['standing']): Penalty => ({ authority: 'a', target: 't', kind: 'fine', amount, currency: 'EUR', date: '2024-01-10', source: 's', standing });

describe('penalty lists', () => {
  test('a firm: newest first, totals per currency in code order, never mixed', () => {
    const { list, imposed } = penaltiesOnFirm(book, 'sample-cloud');
    expect(list.map((p) => p.record.id)).toEqual(['third-case', 'third-case', 'third-case']);
    expect(imposed).toEqual([{ currency: 'EUR', amount: 300_000 }, { currency: 'USD', amount: 10_000 }]);
  });

  test('a regulator: what it imposed, newest first, same-date penalties by currency then amount', () => {
    const { list, imposed } = penaltiesByAuthority(book, 'example-court');
    // 2021-03-15 (EUR, USD), then 2021-03 (a month: its first day sorts before the 15th).
    expect(list.map((p) => `${p.penalty.currency} ${p.penalty.amount}`)).toEqual(['EUR 250000', 'USD 10000', 'EUR 50000']);
    expect(imposed).toEqual([{ currency: 'EUR', amount: 300_000 }, { currency: 'USD', amount: 10_000 }]);
  });

  test('a person: the penalties on them', () => {
    expect(penaltiesOnPerson(book, 'jane-example').list.map((p) => p.penalty.kind)).toEqual(['warning']);
  });
});

describe('a case\'s fines', () => {
  test('are summed per currency, like the two parts of one decision', () => {
    expect(caseFines(third)).toEqual({
      count: 3,
      imposed: [{ currency: 'EUR', amount: 300_000 }, { currency: 'USD', amount: 10_000 }],
      // EUR 250,000 reduced to 200,000 on appeal, EUR 50,000 annulled; the USD fine stands as imposed.
      standing: [{ currency: 'EUR', amount: 200_000 }, { currency: 'USD', amount: 10_000 }],
    });
  });

  test('in a scope: only one authority\'s, or only those on one firm', () => {
    expect(caseFines(third, { authority: 'sample-data-authority' }).count).toBe(0);
    expect(caseFines(third, { target: 'sample-cloud' }).count).toBe(3);
  });
});

describe('standing', () => {
  test('without steps a penalty stands as imposed', () => {
    expect(currentStanding(fine(100))).toBe('imposed');
    expect(standingAmount(fine(100))).toEqual({ amount: 100, currency: 'EUR' });
  });

  test('steps are read in date order; the newest decides', () => {
    const upheld = fine(100, [
      { date: '2026-06-11', standing: 'upheld', source: 's' },
      { date: '2025-04', standing: 'under-appeal', source: 's' },
    ]);
    expect(standingSteps(upheld).map((s) => s.standing)).toEqual(['under-appeal', 'upheld']);
    expect(currentStanding(upheld)).toBe('upheld');
    expect(standingAmount(upheld).amount).toBe(100);
  });

  test.each([
    ['annulled', [{ date: '2025', standing: 'annulled' as const, source: 's' }], 0],
    ['withdrawn', [{ date: '2025', standing: 'withdrawn' as const, source: 's' }], 0],
    ['reduced', [{ date: '2025', standing: 'reduced' as const, amount: 40, source: 's' }], 40],
    ['annulled, then reinstated on appeal', [{ date: '2025', standing: 'annulled' as const, source: 's' }, { date: '2026', standing: 'upheld' as const, source: 's' }], 100],
  ])('a fine %s stands at %#', (_, steps, expected) => {
    expect(standingAmount(fine(100, steps)).amount).toBe(expected);
  });

  // The live content's Canadian wind-up order (no amount), set aside by the Federal Court, was
  // published in penalties.csv with a standing amount of 0, as if a fine of nothing had been annulled.
  test('a penalty without an amount has no amount standing, whatever becomes of it', () => {
    const order: Penalty = { authority: 'a', target: 't', kind: 'corrective-order', date: '2024-11-06', source: 's', standing: [{ date: '2026-01-21', standing: 'annulled', source: 's' }] };
    expect(standingAmount(order)).toEqual({ amount: undefined, currency: undefined });
    expect(standingAmount({ ...order, standing: [{ date: '2026', standing: 'withdrawn', source: 's' }] }).amount).toBeUndefined();
  });

  test('a case sums its fines as imposed and as they stand', () => {
    const record = { id: 'x', data: { ...third.data, penalties: [fine(100), fine(50, [{ date: '2025', standing: 'annulled', source: 's' }])] } } as CaseRecord;
    expect(caseFines(record)).toMatchObject({ imposed: [{ currency: 'EUR', amount: 150 }], standing: [{ currency: 'EUR', amount: 100 }] });
  });

  test('the newest step says where it stands; a penalty with no step, or only the decision itself, was not challenged', () => {
    const stayed = fine(100, [{ date: '2025-05', standing: 'stayed', source: 's' }, { date: '2025-04', standing: 'under-appeal', source: 's' }]);
    expect(latestStep(stayed)?.standing).toBe('stayed');
    expect(isChallenged(stayed)).toBe(true);
    expect(latestStep(fine(100))).toBeUndefined();
    expect(isChallenged(fine(100))).toBe(false);
    expect(isChallenged(fine(100, [{ date: '2024-01-10', standing: 'imposed', source: 's' }]))).toBe(false);
  });

  test('a case\'s fines stand in the vocabulary\'s order, each once; a penalty without an amount is no fine', () => {
    const order = { authority: 'a', target: 't', kind: 'corrective-order' as const, date: '2024', source: 's', standing: [{ date: '2025', standing: 'withdrawn' as const, source: 's' }] };
    const record = { id: 'x', data: { ...third.data, penalties: [fine(1, [{ date: '2025', standing: 'upheld', source: 's' }]), fine(2), order, fine(3)] } } as CaseRecord;
    expect(fineStandings(record)).toEqual(['imposed', 'upheld']);
    expect(fineStandings(third)).toEqual(['imposed', 'reduced', 'annulled']);
    expect(fineStandings(third, { authority: 'sample-data-authority' })).toEqual([]);
  });
});
