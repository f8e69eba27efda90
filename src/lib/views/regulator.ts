import { entityLink, type Casebook } from '../model/casebook.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { entityLastChanged } from '../model/last-changed.ts';
import { casesNaming } from '../model/mentions.ts';
import { penaltiesByAuthority } from '../model/penalties.ts';
import { timelineOfCases } from '../model/timeline.ts';
import type { Urls } from '../model/urls.ts';
import { caseSummary } from './case-summary.ts';
import { capitalised, REGULATOR_KIND_LABELS, rolesText } from '../model/labels.ts';
import { penaltyTable } from './penalty-rows.ts';
import { searchWithin } from './search-links.ts';
import { timelineRow } from './timeline-rows.ts';
import type { PageCitation } from '../outputs/page-meta.ts';

export function regulatorView(book: Casebook, urls: Urls, id: string) {
  const regulator = book.regulators.get(id)!;
  const cases = casesNaming(book, 'regulators', id);
  const entity = entityLink(book, urls, 'regulators', id);
  const citation: PageCitation = { title: entity.name, path: entity.href, updated: entityLastChanged(book, 'regulators', id), summary: regulator.description };
  return {
    entity,
    citation,
    regulator,
    kindLabel: REGULATOR_KIND_LABELS[regulator.kind],
    country: { code: regulator.country, name: jurisdictionName(regulator.country), href: urls.jurisdiction(regulator.country) },
    // Every case that names the regulator; the fines column counts only the penalties it imposed.
    cases: cases.map(({ record, roles }) => ({ ...caseSummary(book, urls, record, { authority: id }), extra: capitalised(rolesText(book, roles)) })),
    penalties: penaltyTable(book, urls, penaltiesByAuthority(book, id)),
    events: timelineOfCases(book, new Set(cases.map((c) => c.record.id))).map(timelineRow(urls)),
    searchHref: searchWithin(urls, 'regulator', id),
  };
}
