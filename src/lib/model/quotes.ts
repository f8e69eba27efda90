/** Quotes across the Casebook: all of them by date, by person, and by the firm a speaker works for. */
import type { Quote } from '../content/schema/case.ts';
import { caseAnchors } from './anchors.ts';
import type { Casebook, CaseRecord } from './casebook.ts';
import { comparePartialDates } from './dates.ts';
import { entitiesNamedBy } from './mentions.ts';
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

/** A name as whole words, case-insensitively: `DI` matches "DI", not "India" or "district". */
function wholeWords(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Firm id → quotes by its people, newest first. People are not linked to firms in the content
 * model, so a quote counts as a firm's when the speaker's affiliation names the firm (its name or
 * an alias) as whole words, and that mention is not part of a longer name of another firm or of
 * a regulator ("TikTok India" names TikTok India, not every firm called "TikTok" for short;
 * "Supreme Court of the United States" is a court, not the United States as a party). Only the
 * quotes of cases that name the firm count: the page lists those cases, and an affiliation is free
 * text, so a quote from a case that does not name the firm would be a guess the page cannot show.
 * Each person is matched against the firms once per build, not once per firm page.
 */
const quotesByFirm = memoized((book: Casebook) => {
  // Patterns are made for the names some affiliation contains, not for every firm (3,000 at 10,000 cases).
  const patterns = new Map<string, RegExp>();
  const patternOf = (name: string) => patterns.get(name) ?? patterns.set(name, wholeWords(name)).get(name)!;
  const named = (id: string, names: string[]) => ({ id, names, lower: names.map((n) => n.toLowerCase()) });
  const firmNames = [...book.firms].map(([id, firm]) => named(id, [firm.name, ...(firm.aliases ?? [])]));
  const regulatorNames = [...book.regulators].map(([id, regulator]) => named(`regulators/${id}`, [regulator.name]));
  const firmsOfPerson = new Map<string, string[]>();
  for (const [personId, person] of book.people) {
    const affiliation = person.affiliation;
    if (affiliation === undefined) continue;
    const lowerAffiliation = affiliation.toLowerCase();
    // A plain substring test first: the whole-word pattern runs only where the name occurs at all.
    const occurs = ({ lower }: ReturnType<typeof named>) => lower.some((name) => lowerAffiliation.includes(name));
    const spansIn = ({ id, names, lower }: ReturnType<typeof named>) => ({
      id,
      spans: names.flatMap((name, i) =>
        lowerAffiliation.includes(lower[i]) ? [...affiliation.matchAll(patternOf(name))].map((m) => ({ start: m.index, end: m.index + m[0].length })) : []),
    });
    const found = firmNames.filter(occurs).map(spansIn).filter((f) => f.spans.length > 0);
    const longer = [...found, ...regulatorNames.filter(occurs).map(spansIn).filter((r) => r.spans.length > 0)];
    const insideLonger = (span: { start: number; end: number }, id: string) =>
      longer.some((other) => other.id !== id && other.spans.some((o) => o.start <= span.start && o.end >= span.end && o.end - o.start > span.end - span.start));
    firmsOfPerson.set(personId, found.filter(({ id, spans }) => spans.some((span) => !insideLonger(span, id))).map(({ id }) => id));
  }
  const index = new Map<string, QuoteInCase[]>();
  for (const entry of allQuotes(book)) {
    const firmsOfCase = new Set(entitiesNamedBy(book, entry.record).firms);
    for (const firmId of firmsOfPerson.get(entry.quote.person) ?? []) if (firmsOfCase.has(firmId)) pushTo(index, firmId, entry);
  }
  return index;
});

export function quotesOfFirm(book: Casebook, firmId: string): QuoteInCase[] {
  return quotesByFirm(book).get(firmId) ?? [];
}
