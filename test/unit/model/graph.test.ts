import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import {
  allJurisdictions, casebookStats, casesCitingLaw, casesOfFirm, casesOfRegulator, firmFamily, globalTimeline,
  jurisdictionSummary, penaltiesByAuthority, penaltiesOnFirm, positionsOfFirm, quotesOfFirm, quotesOfPerson, relatedCases,
} from '../../../src/lib/model/graph.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';

let book: Casebook;
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

const ids = (list: { record: { id: string } }[]) => list.map((x) => x.record.id).sort();

describe('a firm', () => {
  test('lists exactly its cases, with every role it plays', () => {
    expect(casesOfFirm(book, 'sample-cloud').map(({ record, roles }) => [record.id, roles])).toEqual([
      ['full-case', ['importer']],
      ['third-case', ['importer', 'sanctioned']],
      ['minimal-case', ['other']],
    ]);
    expect(ids(casesOfFirm(book, 'example-group'))).toEqual(['full-case']);
  });

  test('totals the penalties it received per currency, largest first, never mixing currencies', () => {
    expect(penaltiesOnFirm(book, 'sample-cloud').totals).toEqual([
      { currency: 'EUR', amount: 300_000 },
      { currency: 'USD', amount: 10_000 },
    ]);
    expect(penaltiesOnFirm(book, 'example-pay').totals).toEqual([{ currency: 'KRW', amount: 1_000_000 }]);
  });

  test('knows its parent chain and subsidiaries', () => {
    expect(firmFamily(book, 'example-pay')).toEqual({ parents: ['example-group'], subsidiaries: [] });
    expect(firmFamily(book, 'example-group').subsidiaries).toEqual(['example-pay']);
  });
});

describe("a firm's positions and its people's quotes", () => {
  // One case gets another position by Example Pay and a quote by someone
  // whose affiliation names it by an alias (people are linked to firms only by that text).
  let extended: Casebook;
  beforeAll(() => {
    extended = {
      ...book,
      people: new Map([...book.people, ['pat-pay', { name: 'Pat Pay', affiliation: 'Legal team, ExamplePay' }]]) as Casebook['people'],
      cases: book.cases.map((record) => {
        if (record.id !== 'full-case') return record;
        const source = record.data.sources[0].id;
        return {
          ...record,
          data: {
            ...record.data,
            positions: [...(record.data.positions ?? []), { by: { firm: 'example-pay' }, claim: 'It was a consignment.', source }],
            quotes: [...(record.data.quotes ?? []), { person: 'pat-pay', text: 'We complied.', date: '2024-09-01', source }],
          },
        } as typeof record;
      }),
    };
  });

  test('lists the positions a firm took, with their cases', () => {
    const claims = (b: Casebook, firm: string) => positionsOfFirm(b, firm).map(({ record, position }) => [record.id, position.claim]);
    expect(claims(extended, 'example-pay')).toEqual([...claims(book, 'example-pay'), ['full-case', 'It was a consignment.']]);
    expect(claims(book, 'example-pay').length).toBeGreaterThan(0);
    expect(claims(extended, 'example-group')).toEqual([]);
  });

  test("counts a quote as a firm's when the speaker's affiliation names the firm or an alias", () => {
    expect(quotesOfFirm(extended, 'example-pay').map(({ quote }) => quote.text)).toEqual(['We complied.']);
    expect(quotesOfFirm(extended, 'example-group')).toEqual([]);
    expect(quotesOfFirm(book, 'example-pay')).toEqual([]);
  });
});

describe('a regulator', () => {
  test('lists the cases it acted in, with its roles', () => {
    expect(casesOfRegulator(book, 'example-court').map(({ record, roles }) => [record.id, roles])).toEqual([
      ['full-case', ['court']],
      ['third-case', ['court', 'penalty']],
    ]);
    expect(casesOfRegulator(book, 'sample-data-authority')[0].roles).toEqual(['investigator', 'penalty', 'position']);
  });

  test('lists the penalties it imposed, largest first, with totals per currency', () => {
    const { list, totals } = penaltiesByAuthority(book, 'example-court');
    expect(list.map((p) => p.penalty.amount)).toEqual([250_000, 50_000, 10_000]);
    expect(totals).toEqual([{ currency: 'EUR', amount: 300_000 }, { currency: 'USD', amount: 10_000 }]);
  });
});

test('a person has every quote, with its anchor on the case page', () => {
  expect(quotesOfPerson(book, 'jane-example').map((q) => [q.record.id, q.anchor])).toEqual([['full-case', 'quote-jane-example-2024-08-14']]);
});

test('a law lists the cases citing it with the articles cited', () => {
  expect(casesCitingLaw(book, 'example-privacy-act').map((c) => [c.record.id, c.articles])).toEqual([
    ['full-case', ['17(3)']],
    ['third-case', ['12']],
  ]);
});

describe('a jurisdiction', () => {
  test('counts outbound and inbound flows by the other end, with records and people as reported', () => {
    const kr = jurisdictionSummary(book, 'KR');
    expect(kr.outbound).toEqual([{ code: 'US', cases: ['full-case', 'minimal-case'], records: 54_200_000_000, people: 40_000_000 }]);
    expect(kr.inbound).toEqual([]);
    const us = jurisdictionSummary(book, 'US');
    expect(us.inbound.map((t) => [t.code, t.cases.length])).toEqual([['KR', 2], ['EU', 1]]);
    expect(jurisdictionSummary(book, 'EU').outbound.map((t) => t.code)).toEqual(['NO', 'US']);
  });

  test('lists the firms and regulators based there', () => {
    const kr = jurisdictionSummary(book, 'KR');
    expect(kr.firms).toEqual(['example-group', 'example-pay']);
    expect(kr.regulators).toEqual(['sample-data-authority']);
  });

  test('every jurisdiction the content names is listed once', () => {
    expect(allJurisdictions(book)).toEqual(['EU', 'KR', 'NO', 'US']);
  });
});

test('the global timeline has every event in date order, linking to the anchors the case pages use', () => {
  const timeline = globalTimeline(book);
  expect(timeline).toHaveLength(book.cases.reduce((n, c) => n + c.data.timeline.length, 0));
  const dates = timeline.map((e) => e.event.date);
  expect(dates[0]).toBe('2018-04');
  expect(dates.at(-1)).toBe('2024-09-01');
  expect(timeline[0].anchor).toBe('event-2018-04-example-pay-starts-passing-customer-data');
});

test('related cases come from the related list first, then by what they share', () => {
  expect(relatedCases(book, 'full-case').map((r) => [r.record.id, r.explicit])).toEqual([
    ['third-case', true],
    ['minimal-case', true],
  ]);
  const minimal = relatedCases(book, 'minimal-case');
  expect(minimal.map((r) => r.record.id)).toEqual(['full-case', 'third-case']);
  // Both share the firm (3) and the destination (1): a tie, broken by id so the order is stable.
  expect(minimal.map((r) => r.score)).toEqual([4, 4]);
  expect(relatedCases(book, 'third-case', 1).map((r) => [r.record.id, r.score])).toEqual([['full-case', 7]]);
});

test('home counts are derived from the content', () => {
  expect(casebookStats(book)).toEqual({ cases: 3, firms: 3, regulators: 2, jurisdictions: 4, records: 54_200_000_000 });
});
