import { entityLink, type Casebook } from '../model/casebook.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { entityLastChanged } from '../model/last-changed.ts';
import { casesNaming } from '../model/mentions.ts';
import type { Urls } from '../model/urls.ts';
import { caseSummary } from './case-summary.ts';
import type { PageCitation } from '../outputs/page-meta.ts';

export function lawView(book: Casebook, urls: Urls, id: string) {
  const law = book.laws.get(id)!;
  const entity = entityLink(book, urls, 'laws', id);
  const citation: PageCitation = { title: entity.name, path: entity.href, updated: entityLastChanged(book, 'laws', id), summary: law.description };
  return {
    entity,
    citation,
    law,
    country: { code: law.country, name: jurisdictionName(law.country), href: urls.jurisdiction(law.country) },
    // The articles each case cites; a case citing the law as a whole cites none in particular.
    cases: casesNaming(book, 'laws', id).map(({ record }) => {
      const articles = [...new Set((record.data.provisions ?? []).filter((p) => p.law === id && p.article).map((p) => p.article!))];
      return { ...caseSummary(book, urls, record), extra: articles.length ? articles.join(', ') : 'the law as a whole' };
    }),
  };
}
