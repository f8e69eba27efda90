/**
 * View models of the browse pages (firm, regulator, person, law, jurisdiction, case
 * index, timeline, quotes, home). Each page calls one builder; components only render.
 */
import { entityLink, type Casebook, type CaseRecord } from '../model/casebook.ts';
import { dateView, EVENT_KIND_LABELS, STATUS_LABELS } from './case.ts';
import { yearOf } from '../model/dates.ts';
import {
  allJurisdictions, allQuotes, casebookStats, casesCitingLaw, casesOfFirm, casesOfRegulator, firmFamily,
  globalTimeline, jurisdictionSummary, largestPenalty, penaltiesByAuthority, penaltiesOnFirm, positionsOfFirm, quotesOfFirm, quotesOfPerson, type PenaltyInCase,
} from '../model/graph.ts';
import { jurisdictionAliases, jurisdictionName } from '../model/jurisdictions.ts';
import { formatCount, formatMoney, formatMoneyExact } from '../model/numbers.ts';
import type { CaseStatus } from '../content/schema/case.ts';
import type { Urls } from '../model/urls.ts';

/** One row of any case list. */
export function caseSummary(book: Casebook, urls: Urls, record: CaseRecord) {
  const { data } = record;
  const penalty = largestPenalty(record);
  const routes = [...new Set(data.flows.map((f) => `${jurisdictionName(f.from)} → ${jurisdictionName(f.to)}`))];
  return {
    id: record.id,
    href: urls.case(record.id),
    title: data.title,
    summary: data.summary,
    status: { value: data.status, label: STATUS_LABELS[data.status] },
    reported: dateView(data.reported),
    updated: dateView(data.updated),
    routes,
    parties: data.parties.map((p) => entityLink(book, urls, 'firms', p.firm)),
    regulators: (data.regulators ?? []).map((r) => entityLink(book, urls, 'regulators', r.regulator)),
    largestPenalty: penalty ? { text: formatMoney(penalty.amount!, penalty.currency!), exact: formatMoneyExact(penalty.amount!, penalty.currency!), value: penalty.amount! } : undefined,
  };
}
export type CaseSummary = ReturnType<typeof caseSummary>;

function penaltyRows(book: Casebook, urls: Urls, list: PenaltyInCase[]) {
  return list.map(({ record, penalty }) => ({
    case: { href: urls.case(record.id), title: record.data.title },
    authority: entityLink(book, urls, 'regulators', penalty.authority),
    target: penalty.target ? entityLink(book, urls, 'firms', penalty.target) : undefined,
    kind: penalty.kind,
    amount: penalty.amount !== undefined && penalty.currency ? formatMoneyExact(penalty.amount, penalty.currency) : undefined,
    date: dateView(penalty.date),
  }));
}

const moneyTotals = (totals: { currency: string; amount: number }[]) =>
  totals.map((t) => ({ currency: t.currency, text: formatMoney(t.amount, t.currency), exact: formatMoneyExact(t.amount, t.currency) }));

export function firmView(book: Casebook, urls: Urls, id: string) {
  const firm = book.firms.get(id)!;
  const family = firmFamily(book, id);
  const penalties = penaltiesOnFirm(book, id);
  const cases = casesOfFirm(book, id);
  return {
    entity: entityLink(book, urls, 'firms', id),
    firm,
    country: { code: firm.country, name: jurisdictionName(firm.country), href: urls.jurisdiction(firm.country), unconfirmed: firm.unconfirmed?.includes('country') ?? false },
    parents: family.parents.map((p) => entityLink(book, urls, 'firms', p)),
    parentUnconfirmed: firm.unconfirmed?.includes('parent') ?? false,
    subsidiaries: family.subsidiaries.map((s) => entityLink(book, urls, 'firms', s)),
    cases: cases.map(({ record, roles }) => ({ ...caseSummary(book, urls, record), roles })),
    penalties: penaltyRows(book, urls, penalties.list),
    totals: moneyTotals(penalties.totals),
    positions: positionsOfFirm(book, id).map(({ record, position }) => ({ claim: position.claim, caseTitle: record.data.title, href: `${urls.case(record.id)}#positions` })),
    quotes: quotesOfFirm(book, id)
      .map(({ record, quote, anchor }) => ({
        text: quote.text,
        lang: quote.lang,
        speaker: entityLink(book, urls, 'people', quote.person),
        date: dateView(quote.date),
        href: `${urls.case(record.id)}#${anchor}`,
        caseTitle: record.data.title,
      })),
    searchHref: `${urls.search}?firm=${encodeURIComponent(id)}`,
  };
}

export function regulatorView(book: Casebook, urls: Urls, id: string) {
  const regulator = book.regulators.get(id)!;
  const penalties = penaltiesByAuthority(book, id);
  const cases = casesOfRegulator(book, id);
  const caseIds = new Set(cases.map((c) => c.record.id));
  const events = globalTimeline(book).filter(({ record }) => caseIds.has(record.id));
  return {
    entity: entityLink(book, urls, 'regulators', id),
    regulator,
    country: { code: regulator.country, name: jurisdictionName(regulator.country), href: urls.jurisdiction(regulator.country) },
    cases: cases.map(({ record, roles }) => ({ ...caseSummary(book, urls, record), roles })),
    penalties: penaltyRows(book, urls, penalties.list),
    totals: moneyTotals(penalties.totals),
    events: events.map(timelineRow(urls)),
    // The search page's own URL state: filter values are ids (`?regulator=kr-pipc`).
    searchHref: `${urls.search}?regulator=${encodeURIComponent(id)}`,
  };
}

const timelineRow = (urls: Urls) => ({ record, event, anchor }: ReturnType<typeof globalTimeline>[number]) => ({
  href: `${urls.case(record.id)}#${anchor}`,
  caseTitle: record.data.title,
  caseHref: urls.case(record.id),
  date: dateView(event.date),
  year: yearOf(event.date),
  kind: event.kind,
  kindLabel: EVENT_KIND_LABELS[event.kind],
  title: event.title,
});

export function personView(book: Casebook, urls: Urls, id: string) {
  const person = book.people.get(id)!;
  const quotes = quotesOfPerson(book, id)
    .map(({ record, quote, anchor }) => {
      const source = record.data.sources.find((s) => s.id === quote.source)!;
      return {
        anchor,
        href: `${urls.case(record.id)}#${anchor}`,
        caseTitle: record.data.title,
        text: quote.text,
        lang: quote.lang,
        original: quote.original,
        originalLang: quote.original_lang,
        date: dateView(quote.date),
        source: { title: source.title, publisher: source.publisher, url: source.url, date: dateView(source.date) },
      };
    });
  return { entity: entityLink(book, urls, 'people', id), person, quotes };
}

export function lawView(book: Casebook, urls: Urls, id: string) {
  const law = book.laws.get(id)!;
  return {
    entity: entityLink(book, urls, 'laws', id),
    law,
    country: { code: law.country, name: jurisdictionName(law.country), href: urls.jurisdiction(law.country) },
    cases: casesCitingLaw(book, id).map(({ record, articles }) => ({ ...caseSummary(book, urls, record), articles })),
  };
}

export function jurisdictionView(book: Casebook, urls: Urls, code: string) {
  const summary = jurisdictionSummary(book, code);
  const flowRow = (t: (typeof summary.outbound)[number]) => ({
    code: t.code,
    name: jurisdictionName(t.code),
    href: urls.jurisdiction(t.code),
    cases: t.cases.length,
    records: t.records ? formatCount(t.records) : '—',
    people: t.people ? formatCount(t.people) : '—',
  });
  return {
    code,
    name: jurisdictionName(code),
    aliases: jurisdictionAliases(code),
    outbound: summary.outbound.map(flowRow),
    inbound: summary.inbound.map(flowRow),
    cases: summary.cases.map((r) => caseSummary(book, urls, r)),
    firms: summary.firms.map((f) => entityLink(book, urls, 'firms', f)),
    regulators: summary.regulators.map((r) => entityLink(book, urls, 'regulators', r)),
  };
}

export function jurisdictionIndex(book: Casebook, urls: Urls) {
  return allJurisdictions(book).map((code) => ({ code, name: jurisdictionName(code), href: urls.jurisdiction(code) }));
}

export function timelineView(book: Casebook, urls: Urls) {
  const rows = globalTimeline(book).map(timelineRow(urls));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return {
    years: years.map((year) => ({ year, events: rows.filter((r) => r.year === year) })),
    kinds: Object.entries(EVENT_KIND_LABELS).filter(([kind]) => rows.some((r) => r.kind === kind)).map(([kind, label]) => ({ kind, label })),
  };
}

export function quotesView(book: Casebook, urls: Urls) {
  return allQuotes(book).map(({ record, quote, anchor }) => ({
    href: `${urls.case(record.id)}#${anchor}`,
    caseTitle: record.data.title,
    caseHref: urls.case(record.id),
    speaker: entityLink(book, urls, 'people', quote.person),
    text: quote.text,
    lang: quote.lang,
    date: dateView(quote.date),
  }));
}

/** Case index filters: by status and by jurisdiction, each a static page. */
export function caseIndexFilters(book: Casebook, urls: Urls) {
  const statuses = (Object.keys(STATUS_LABELS) as CaseStatus[])
    .map((status) => ({ value: status, label: STATUS_LABELS[status], href: `${urls.cases}status/${status}/`, count: book.cases.filter((c) => c.data.status === status).length }))
    .filter((s) => s.count > 0);
  const jurisdictions = allJurisdictions(book)
    .map((code) => ({
      value: code,
      label: jurisdictionName(code),
      href: `${urls.cases}jurisdiction/${code.toLowerCase()}/`,
      count: book.cases.filter((c) => c.data.flows.some((f) => f.from === code || f.to === code)).length,
    }))
    .filter((j) => j.count > 0);
  return { statuses, jurisdictions };
}

export function homeView(book: Casebook, urls: Urls) {
  const stats = casebookStats(book);
  return {
    stats: { ...stats, recordsText: formatCount(stats.records) },
    latest: book.cases.slice(0, 6).map((r) => caseSummary(book, urls, r)),
  };
}

/** A–Z index of one kind of entity, with how many cases each appears in. */
export function entityIndex(book: Casebook, urls: Urls, kind: 'firms' | 'regulators' | 'people' | 'laws') {
  const casesOf: Record<typeof kind, (id: string) => number> = {
    firms: (id) => casesOfFirm(book, id).length,
    regulators: (id) => casesOfRegulator(book, id).length,
    people: (id) => new Set(quotesOfPerson(book, id).map((q) => q.record.id)).size,
    laws: (id) => casesCitingLaw(book, id).length,
  };
  return [...book[kind].keys()]
    .map((id) => ({ ...entityLink(book, urls, kind, id), cases: casesOf[kind](id), note: (() => { const code = countryOf(book, kind, id); return code ? jurisdictionName(code) : undefined; })() }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

function countryOf(book: Casebook, kind: 'firms' | 'regulators' | 'people' | 'laws', id: string): string | undefined {
  if (kind === 'people') return undefined;
  return book[kind].get(id)?.country;
}
