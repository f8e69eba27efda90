import { entityLink, type Casebook } from '../model/casebook.ts';
import { allQuotes } from '../model/quotes.ts';
import type { Urls } from '../model/urls.ts';
import { dateView } from './dates.ts';

export function quotesView(book: Casebook, urls: Urls) {
  return allQuotes(book).map(({ record, quote, anchor }) => ({
    href: `${urls.case(record.id)}#${anchor}`,
    caseTitle: record.data.title,
    caseHref: urls.case(record.id),
    speaker: entityLink(book, urls, 'people', quote.person),
    text: quote.text,
    unconfirmed: quote.unconfirmed ?? false,
    lang: quote.lang,
    date: dateView(quote.date),
  }));
}
