import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { positionsOfFirm } from '../../../src/lib/model/positions.ts';
import { quotesOfFirm, quotesOfPerson } from '../../../src/lib/model/quotes.ts';

let book: Casebook;
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
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

test('a person has every quote, with its anchor on the case page', () => {
  expect(quotesOfPerson(book, 'jane-example').map((q) => [q.record.id, q.anchor])).toEqual([['full-case', 'quote-jane-example-2024-08-14']]);
});
