import { entityLink, type Casebook } from '../model/casebook.ts';
import { firmFamily } from '../model/family.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { entityLastChanged } from '../model/last-changed.ts';
import { casesNaming } from '../model/mentions.ts';
import { penaltiesOnFirm } from '../model/penalties.ts';
import { positionsOfFirm } from '../model/positions.ts';
import { quotesOfFirm } from '../model/quotes.ts';
import type { Urls } from '../model/urls.ts';
import { caseSummary } from './case-summary.ts';
import { dateView } from './dates.ts';
import { capitalised, FIRM_TYPE_LABELS, rolesText } from '../model/labels.ts';
import { penaltyTable } from './penalty-rows.ts';
import { searchWithin } from './search-links.ts';
import type { PageCitation } from '../outputs/page-meta.ts';

export function firmView(book: Casebook, urls: Urls, id: string) {
  const firm = book.firms.get(id)!;
  const family = firmFamily(book, id);
  const entity = entityLink(book, urls, 'firms', id);
  const citation: PageCitation = { title: entity.name, path: entity.href, updated: entityLastChanged(book, 'firms', id), summary: firm.description };
  return {
    entity,
    citation,
    firm,
    kindLabel: FIRM_TYPE_LABELS[firm.type],
    country: { code: firm.country, name: jurisdictionName(firm.country), href: urls.jurisdiction(firm.country), unconfirmed: firm.unconfirmed?.includes('country') ?? false },
    parents: family.parents.map((p) => entityLink(book, urls, 'firms', p)),
    parentUnconfirmed: firm.unconfirmed?.includes('parent') ?? false,
    subsidiaries: family.subsidiaries.map((s) => entityLink(book, urls, 'firms', s)),
    // Every case that names the firm in any field, or names one of its subsidiaries; fines on the firm itself.
    cases: casesNaming(book, 'firms', id).map(({ record, roles }) => ({ ...caseSummary(book, urls, record, { target: id }), extra: capitalised(rolesText(book, roles)) })),
    penalties: penaltyTable(book, urls, penaltiesOnFirm(book, id)),
    positions: positionsOfFirm(book, id).map(({ record, position }) => ({ claim: position.claim, caseTitle: record.data.title, href: `${urls.case(record.id)}#positions` })),
    quotes: quotesOfFirm(book, id).map(({ record, quote, anchor }) => ({
      text: quote.text,
      unconfirmed: quote.unconfirmed ?? false,
      lang: quote.lang,
      speaker: entityLink(book, urls, 'people', quote.person),
      date: dateView(quote.date),
      href: `${urls.case(record.id)}#${anchor}`,
      caseTitle: record.data.title,
    })),
    searchHref: searchWithin(urls, 'firm', id),
  };
}
