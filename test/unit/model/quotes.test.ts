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

  // The live content had Dagens Industri (alias "DI") credited with quotes by a Moscow judge
  // ("…Tagansky district…"), an Indian minister ("Government of India") and IMY staff ("Swedish…"),
  // and TikTok Technology with those of TikTok India's head ("TikTok India" holds its alias "TikTok").
  test("a firm's name or alias counts only as whole words, and not inside another firm's longer name", () => {
    const firms = new Map([
      ...book.firms,
      ['di-media', { name: 'DI Media AB', aliases: ['DI'], type: 'company', country: 'SE' }],
      ['tok', { name: 'Tok Technology', aliases: ['Tok'], type: 'company', country: 'IE' }],
      ['tok-india', { name: 'Tok India', aliases: ['Tok'], type: 'company', country: 'IN' }],
    ]) as Casebook['firms'];
    const affiliations: [string, string][] = [
      ['judge', 'Magistrate court, Tagansky district, Moscow'],
      ['minister', 'Government of India'],
      ['official', 'Swedish Authority for Privacy Protection (IMY)'],
      ['editor', 'DI'],
      ['india-head', 'Tok India'],
      ['tok-staff', 'Tok'],
    ];
    const people = new Map([...book.people, ...affiliations.map(([id, affiliation]): [string, { name: string; affiliation: string }] => [id, { name: id, affiliation }])]) as Casebook['people'];
    // The case names all three firms (a firm's page lists only quotes from its own cases).
    const cases = book.cases.map((record, i) => (i > 0 ? record : {
      ...record,
      data: {
        ...record.data,
        parties: [...record.data.parties, { firm: 'di-media' }, { firm: 'tok' }, { firm: 'tok-india' }],
        quotes: affiliations.map(([person], day) => ({ person, text: `Said by ${person}.`, lang: 'en', date: `2024-09-${String(day + 1).padStart(2, '0')}`, source: record.data.sources[0].id })),
      },
    })) as Casebook['cases'];
    const withPeople: Casebook = { ...book, firms, people, cases };
    const speakers = (firm: string) => quotesOfFirm(withPeople, firm).map(({ quote }) => quote.person).sort();
    expect(speakers('di-media')).toEqual(['editor']);
    expect(speakers('tok-india')).toEqual(['india-head', 'tok-staff']);
    expect(speakers('tok')).toEqual(['tok-staff']);
  });

  // The live content had Supreme Court justices ("Supreme Court of the United States") among the
  // people of the party "United States", TikTok India's page quoting TikTok's European staff from
  // cases that do not name TikTok India, and noyb's page quoting its chair from a case without noyb.
  test("a firm's name inside a court's name is the court's; a case that does not name the firm gives it no quotes", () => {
    const firms = new Map([
      ...book.firms,
      ['us', { name: 'United States', type: 'public-body', country: 'US' }],
      ['tok-india', { name: 'Tok India', aliases: ['Tok'], type: 'company', country: 'IN' }],
    ]) as Casebook['firms'];
    const regulators = new Map([...book.regulators, ['us-court', { name: 'Supreme Court of the United States', kind: 'court', country: 'US' }]]) as Casebook['regulators'];
    const affiliations: [string, string][] = [['justice', 'Supreme Court of the United States'], ['attorney', 'United States'], ['tok-staff', 'Tok']];
    const people = new Map([...book.people, ...affiliations.map(([id, affiliation]): [string, { name: string; affiliation: string }] => [id, { name: id, affiliation }])]) as Casebook['people'];
    const quotes = (record: Casebook['cases'][number]) => affiliations.map(([person], day) => ({ person, text: `Said by ${person}.`, lang: 'en', date: `2024-10-${String(day + 1).padStart(2, '0')}`, source: record.data.sources[0].id }));
    // The first case names the United States; the second names neither firm, and quotes the same people.
    const cases = book.cases.map((record, i) => (i > 1 ? record : {
      ...record,
      data: { ...record.data, parties: i === 0 ? [...record.data.parties, { firm: 'us' }] : record.data.parties, quotes: quotes(record) },
    })) as Casebook['cases'];
    expect(cases.length).toBeGreaterThan(1);
    const withPeople: Casebook = { ...book, firms, regulators, people, cases };
    const said = (firm: string) => quotesOfFirm(withPeople, firm).map(({ record, quote }) => [record.id, quote.person]);
    expect(said('us')).toEqual([[cases[0].id, 'attorney']]);
    expect(said('tok-india')).toEqual([]);
  });
});

test('a person has every quote, with its anchor on the case page', () => {
  expect(quotesOfPerson(book, 'jane-example').map((q) => [q.record.id, q.anchor])).toEqual([['full-case', 'quote-jane-example-2024-08-14']]);
});
