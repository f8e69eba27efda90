import { entityLink, type Casebook } from '../model/casebook.ts';
import { allJurisdictions, jurisdictionFlows, type FlowTotal } from '../model/flows.ts';
import { jurisdictionAliases, jurisdictionName, jurisdictionNativeName } from '../model/jurisdictions.ts';
import { jurisdictionLastChanged } from '../model/last-changed.ts';
import { casesTouching } from '../model/mentions.ts';
import { formatCount } from '../model/numbers.ts';
import type { Urls } from '../model/urls.ts';
import { caseSummary } from './case-summary.ts';
import { capitalised, JURISDICTION_ROLE_LABELS } from '../model/labels.ts';
import { searchWithin } from './search-links.ts';
import type { PageCitation } from '../outputs/page-meta.ts';

export function jurisdictionView(book: Casebook, urls: Urls, code: string) {
  const flows = jurisdictionFlows(book, code);
  const flowRow = (t: FlowTotal) => ({
    code: t.code,
    name: jurisdictionName(t.code),
    href: urls.jurisdiction(t.code),
    cases: t.cases.length,
    records: t.records ? formatCount(t.records) : '—',
    people: t.people ? formatCount(t.people) : '—',
  });
  const name = jurisdictionName(code);
  const citation: PageCitation = { title: name, path: urls.jurisdiction(code), updated: jurisdictionLastChanged(book, code) };
  return {
    code,
    name,
    citation,
    aliases: jurisdictionAliases(code),
    nativeName: jurisdictionNativeName(code),
    outbound: flows.outbound.map(flowRow),
    inbound: flows.inbound.map(flowRow),
    // Cases that send data from or to the jurisdiction, or in which one of its authorities acted.
    cases: casesTouching(book, code).map(({ record, roles }) => ({
      ...caseSummary(book, urls, record),
      extra: capitalised(roles.map((role) => JURISDICTION_ROLE_LABELS[role]).join('; ')),
    })),
    firms: [...book.firms].filter(([, f]) => f.country === code).map(([id]) => id).sort().map((f) => entityLink(book, urls, 'firms', f)),
    regulators: [...book.regulators].filter(([, r]) => r.country === code).map(([id]) => id).sort().map((r) => entityLink(book, urls, 'regulators', r)),
    searchHref: searchWithin(urls, 'jurisdiction', code),
  };
}

export function jurisdictionIndex(book: Casebook, urls: Urls) {
  return allJurisdictions(book).map((code) => ({ code, name: jurisdictionName(code), href: urls.jurisdiction(code), cases: casesTouching(book, code).length }));
}
