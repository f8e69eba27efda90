export { CASE_SECTIONS } from '../model/anchors.ts';

/**
 * The case page's view model: everything the page shows, computed here once, so the
 * components only render. Anchors derive from content (date + title, person + date),
 * not from position, so links in reports keep working when events are added.
 */
import { entityLink, type Casebook, type CaseRecord, type EntityLink } from '../model/casebook.ts';
import { comparePartialDates, formatPartialDate, type PartialDate } from '../model/dates.ts';
import { relatedCases } from '../model/graph.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { formatCount, formatExact, formatMoney, formatMoneyExact } from '../model/numbers.ts';
import type { Source } from '../content/schema/case.ts';
import { CASE_SECTIONS, caseAnchorAllocator, changeAnchors, eventAnchor, quoteAnchor, sortQuotes, sortTimeline } from '../model/anchors.ts';
import type { Urls } from '../model/urls.ts';

export const STATUS_LABELS = {
  reported: 'Reported',
  investigating: 'Under investigation',
  sanctioned: 'Sanctioned',
  appealed: 'Under appeal',
  resolved: 'Resolved',
} as const;

export const EVENT_KIND_LABELS = {
  report: 'Report',
  investigation: 'Investigation',
  sanction: 'Sanction',
  ruling: 'Ruling',
  statement: 'Statement',
  agreement: 'Agreement',
  transfer: 'Transfer',
  other: 'Other',
} as const;

export const PENALTY_KIND_LABELS = {
  fine: 'Fine',
  'corrective-order': 'Corrective order',
  warning: 'Warning',
  suspension: 'Suspension',
  other: 'Other measure',
} as const;

export const SOURCE_KIND_LABELS = {
  news: 'News',
  regulator: 'Regulator',
  court: 'Court',
  company: 'Company',
  academic: 'Academic',
  other: 'Other',
} as const;

export interface DateView {
  iso: PartialDate;
  text: string;
}
export interface CountView {
  text: string;
  exact: string;
  value: number;
}
export interface SourceRef {
  id: string;
  number: number;
  href: string;
}
export interface JurisdictionView {
  code: string;
  name: string;
  href: string;
}

const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'code' });

export const dateView = (iso: PartialDate): DateView => ({ iso, text: formatPartialDate(iso) });
const countView = (value: number): CountView => ({ value, text: formatCount(value), exact: formatExact(value) });

export function buildCaseView(book: Casebook, record: CaseRecord, urls: Urls) {
  const { id, data } = record;
  const link = (kind: Parameters<typeof entityLink>[2], entityId: string) => entityLink(book, urls, kind, entityId);
  const jurisdiction = (code: string): JurisdictionView => ({ code, name: jurisdictionName(code), href: urls.jurisdiction(code) });

  const sources = data.sources.map((source: Source, index) => ({
    ...source,
    number: index + 1,
    anchor: `source-${source.id}`,
    kindLabel: SOURCE_KIND_LABELS[source.kind],
    date: dateView(source.date),
    langName: languageNames.of(source.lang) ?? source.lang,
  }));
  const sourceRef = (sourceId: string): SourceRef => {
    const source = sources.find((s) => s.id === sourceId);
    if (!source) throw new Error(`case ${id}: unknown source ${sourceId}`);
    return { id: sourceId, number: source.number, href: `#${source.anchor}` };
  };

  const allocate = caseAnchorAllocator(data);
  const timeline = sortTimeline(data).map((event) => ({
    anchor: allocate(eventAnchor(event)),
    date: dateView(event.date),
    kind: event.kind,
    kindLabel: EVENT_KIND_LABELS[event.kind],
    title: event.title,
    detail: event.detail,
    sources: event.sources.map(sourceRef).sort((a, b) => a.number - b.number),
  }));

  const quotes = sortQuotes(data)
    .map((quote) => {
      const person = book.people.get(quote.person);
      const source = sources.find((s) => s.id === quote.source);
      return {
        anchor: allocate(quoteAnchor(quote)),
        speaker: link('people', quote.person),
        affiliation: [person?.title, person?.affiliation].filter(Boolean).join(', '),
        text: quote.text,
        lang: quote.lang,
        original: quote.original,
        originalLang: quote.original_lang,
        date: dateView(quote.date),
        source: sourceRef(quote.source),
        citeUrl: source?.url,
      };
    });

  const flows = data.flows.map((flow) => ({
    from: jurisdiction(flow.from),
    to: jurisdiction(flow.to),
    exporter: flow.exporter ? link('firms', flow.exporter) : undefined,
    importer: flow.importer ? link('firms', flow.importer) : undefined,
    data: flow.data.map((category) => ({ id: category, label: book.dataCategories.get(category)?.label ?? category })),
    alleged: flow.alleged ?? false,
    records: flow.records === undefined ? undefined : countView(flow.records),
    people: flow.people === undefined ? undefined : countView(flow.people),
    since: flow.since ? dateView(flow.since) : undefined,
    until: flow.until ? dateView(flow.until) : undefined,
  }));

  const penalties = [...(data.penalties ?? [])]
    .sort((a, b) => comparePartialDates(a.date, b.date))
    .map((penalty) => ({
      authority: link('regulators', penalty.authority),
      target: penalty.target ? link('firms', penalty.target) : undefined,
      person: penalty.person ? link('people', penalty.person) : undefined,
      kind: penalty.kind,
      kindLabel: PENALTY_KIND_LABELS[penalty.kind],
      amount:
        penalty.amount !== undefined && penalty.currency
          ? { text: formatMoney(penalty.amount, penalty.currency), exact: formatMoneyExact(penalty.amount, penalty.currency), value: penalty.amount, currency: penalty.currency }
          : undefined,
      date: dateView(penalty.date),
      source: sourceRef(penalty.source),
    }));

  const speaker = (by: { firm?: string; regulator?: string; person?: string }): EntityLink =>
    by.firm ? link('firms', by.firm) : by.regulator ? link('regulators', by.regulator) : link('people', by.person!);

  return {
    id,
    url: urls.case(id),
    title: data.title,
    summary: data.summary,
    status: { value: data.status, label: STATUS_LABELS[data.status] },
    reported: dateView(data.reported),
    updated: dateView(data.updated),
    tags: data.tags ?? [],
    flows,
    penalties,
    // One line per law, its articles in the order cited; a law cited as a whole has none.
    provisions: [...new Set((data.provisions ?? []).map((p) => p.law))].map((lawId) => {
      const law = book.laws.get(lawId);
      const articles = (data.provisions ?? []).filter((p) => p.law === lawId && p.article).map((p) => p.article!);
      return { law: link('laws', lawId), short: law?.short, articles, country: law ? jurisdiction(law.country) : undefined };
    }),
    // Aliases and parents are shown with each party, so search finds the case by any of them ("Ant Group" → Alipay).
    parties: data.parties.map((party) => {
      const firm = book.firms.get(party.firm);
      return { entity: link('firms', party.firm), role: party.role, aliases: firm?.aliases ?? [], parent: firm?.parent ? link('firms', firm.parent) : undefined };
    }),
    regulators: (data.regulators ?? []).map((entry) => ({
      entity: link('regulators', entry.regulator),
      role: entry.role,
      aliases: book.regulators.get(entry.regulator)?.aliases ?? [],
      parent: undefined,
    })),
    positions: (data.positions ?? []).map((position) => ({ speaker: speaker(position.by), claim: position.claim, source: sourceRef(position.source) })),
    timeline,
    quotes,
    sources,
    changes: changeAnchors(data).map((change) => ({ date: dateView(change.date), summary: change.summary, anchor: change.anchor })),
    related: relatedCases(book, id).map(({ record: other }) => ({ id: other.id, title: other.data.title, href: urls.case(other.id) })),
    sections: CASE_SECTIONS.filter((section) => {
      const present: Record<string, boolean> = {
        positions: (data.positions ?? []).length > 0,
        quotes: (data.quotes ?? []).length > 0,
        changes: (data.changes ?? []).length > 0,
      };
      return present[section.id] ?? true;
    }),
  };
}

export type CaseView = ReturnType<typeof buildCaseView>;
