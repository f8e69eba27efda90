/** Quotes across the Casebook: all of them by date, by person, and by the firm a speaker works for. */
import type { Quote } from '../content/schema/case.ts';
import { caseAnchors } from './anchors.ts';
import type { Casebook, CaseRecord } from './casebook.ts';
import { comparePartialDates } from './dates.ts';
import { pushTo } from './lists.ts';
import { memoized } from './memoized.ts';

export interface QuoteInCase {
  record: CaseRecord;
  quote: Quote;
  /** The quote's anchor on its case page. */
  anchor: string;
}

/** Every quote, by date (newest first), with its case and its anchor there. */
export const allQuotes = memoized((book: Casebook): QuoteInCase[] =>
  book.cases
    .flatMap((record) => caseAnchors(record.data).quotes.map(({ quote, anchor }) => ({ record, quote, anchor })))
    .sort((a, b) => comparePartialDates(b.quote.date, a.quote.date) || a.record.id.localeCompare(b.record.id, 'en')),
);

const quotesByPerson = memoized((book: Casebook) => {
  const index = new Map<string, QuoteInCase[]>();
  for (const entry of allQuotes(book)) pushTo(index, entry.quote.person, entry);
  return index;
});

export function quotesOfPerson(book: Casebook, personId: string): QuoteInCase[] {
  return quotesByPerson(book).get(personId) ?? [];
}

/**
 * Firm id → quotes by its people, newest first. People are not linked to firms in the content
 * model, so a quote counts as a firm's when the speaker's affiliation names the firm (its name or
 * an alias). Each person is matched against the firms once per build, not once per firm page.
 */
const quotesByFirm = memoized((book: Casebook) => {
  const firmNames = [...book.firms].map(([id, firm]) => ({ id, names: [firm.name, ...(firm.aliases ?? [])].map((name) => name.toLowerCase()) }));
  const firmsOfPerson = new Map<string, string[]>();
  for (const [personId, person] of book.people) {
    const affiliation = person.affiliation?.toLowerCase();
    if (affiliation !== undefined) firmsOfPerson.set(personId, firmNames.filter(({ names }) => names.some((name) => affiliation.includes(name))).map(({ id }) => id));
  }
  const index = new Map<string, QuoteInCase[]>();
  for (const entry of allQuotes(book)) for (const firmId of firmsOfPerson.get(entry.quote.person) ?? []) pushTo(index, firmId, entry);
  return index;
});

export function quotesOfFirm(book: Casebook, firmId: string): QuoteInCase[] {
  return quotesByFirm(book).get(firmId) ?? [];
}
