import { entityLink, type Casebook } from '../model/casebook.ts';
import { entityLastChanged } from '../model/last-changed.ts';
import { casesNaming } from '../model/mentions.ts';
import { penaltiesOnPerson } from '../model/penalties.ts';
import { quotesOfPerson } from '../model/quotes.ts';
import type { Urls } from '../model/urls.ts';
import { caseSummary } from './case-summary.ts';
import { dateView } from './dates.ts';
import { capitalised, rolesText } from '../model/labels.ts';
import { penaltyTable } from './penalty-rows.ts';
import type { PageCitation } from '../outputs/page-meta.ts';

export function personView(book: Casebook, urls: Urls, id: string) {
  const person = book.people.get(id)!;
  const quotes = quotesOfPerson(book, id).map(({ record, quote, anchor }) => {
    const source = record.data.sources.find((s) => s.id === quote.source)!;
    return {
      anchor,
      href: `${urls.case(record.id)}#${anchor}`,
      caseTitle: record.data.title,
      text: quote.text,
      unconfirmed: quote.unconfirmed ?? false,
      lang: quote.lang,
      original: quote.original,
      originalLang: quote.original_lang,
      date: dateView(quote.date),
      source: { title: source.title, publisher: source.publisher, url: source.url, date: dateView(source.date) },
    };
  });
  const entity = entityLink(book, urls, 'people', id);
  const citation: PageCitation = { title: entity.name, path: entity.href, updated: entityLastChanged(book, 'people', id), summary: person.description };
  return {
    entity,
    citation,
    person,
    // Every case that names the person: quoted, a position taken, a penalty on them.
    cases: casesNaming(book, 'people', id).map(({ record, roles }) => ({ ...caseSummary(book, urls, record), extra: capitalised(rolesText(book, roles)) })),
    penalties: penaltyTable(book, urls, penaltiesOnPerson(book, id)),
    quotes,
  };
}
