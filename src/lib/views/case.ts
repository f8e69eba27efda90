/**
 * The case page's view model: everything the page shows, computed here once, so the
 * components only render. Anchors derive from content (date + title, person + date),
 * not from position, so links in reports keep working when events are added.
 */
import type { Source } from '../content/schema/case.ts';
import { CASE_SECTIONS, caseAnchorAllocator, changeAnchors, eventAnchor, quoteAnchor, sortQuotes, sortTimeline, type CaseSectionId } from '../model/anchors.ts';
import { entityLink, type Casebook, type CaseRecord, type EntityLink } from '../model/casebook.ts';
import { comparePartialDates } from '../model/dates.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { caseMentions, type MentionKind } from '../model/mentions.ts';
import { caseFines, currentStanding, standingSteps } from '../model/penalties.ts';
import { relatedCases } from '../model/related.ts';
import type { Urls } from '../model/urls.ts';
import { countView, dateView, moneyView } from './dates.ts';
import { articlesText, penaltyKindText } from './wording.ts';
import {
  capitalised, COURT_LEVEL_LABELS, ESTABLISHED_LABELS, EVENT_KIND_LABELS, eventTitle, rolesText, SOURCE_KIND_LABELS, STANDING_LABELS, STATUS_LABELS,
} from '../model/labels.ts';

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
/**
 * A source's language in English words. DisplayNames refuses a tag with an extension, so
 * `ja-JP-u-ca-japanese` is named by its base `ja-JP`; a tag ICU cannot read is shown as written.
 */
export function languageName(tag: string): string {
  // Once per tag: every source of every case asks (0.2 s of a 1,000-case build before it was kept).
  let name = languageNamesByTag.get(tag);
  if (name === undefined) languageNamesByTag.set(tag, (name = nameLanguage(tag)));
  return name;
}
const languageNamesByTag = new Map<string, string>();
function nameLanguage(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    try {
      return languageNames.of(new Intl.Locale(tag).baseName) ?? tag;
    } catch {
      return tag;
    }
  }
}

// Worded in wording.ts (the compare page's script reads them too); exported here for the pages that import them from the case view.
export { articlesText, penaltyKindText };

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
    langName: languageName(source.lang),
  }));
  const sourceNumbers = new Map(sources.map((s) => [s.id, s]));
  const sourceRef = (sourceId: string): SourceRef => {
    const source = sourceNumbers.get(sourceId);
    if (!source) throw new Error(`case ${id}: unknown source ${sourceId}`);
    return { id: sourceId, number: source.number, href: `#${source.anchor}` };
  };
  const speaker = (by: { firm?: string; regulator?: string; person?: string }): EntityLink =>
    by.firm ? link('firms', by.firm) : by.regulator ? link('regulators', by.regulator) : link('people', by.person!);

  const allocate = caseAnchorAllocator(data);
  const timeline = sortTimeline(data).map((event) => ({
    anchor: allocate(eventAnchor(event)),
    date: dateView(event.date),
    kind: event.kind,
    kindLabel: EVENT_KIND_LABELS[event.kind],
    title: eventTitle(event),
    detail: event.detail,
    sources: event.sources.map(sourceRef).sort((a, b) => a.number - b.number),
  }));

  const quotes = sortQuotes(data).map((quote) => {
    const person = book.people.get(quote.person);
    return {
      anchor: allocate(quoteAnchor(quote)),
      speaker: link('people', quote.person),
      affiliation: [person?.title, person?.affiliation].filter(Boolean).join(', '),
      text: quote.text,
      unconfirmed: quote.unconfirmed ?? false,
      lang: quote.lang,
      original: quote.original,
      originalLang: quote.original_lang,
      date: dateView(quote.date),
      source: sourceRef(quote.source),
      citeUrl: sourceNumbers.get(quote.source)?.url,
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
    // "Found by the PIPC, 23 April 2025 [3]"
    established: (flow.established ?? []).map((step) => ({
      how: step.how,
      label: ESTABLISHED_LABELS[step.how],
      by: speaker(step.by),
      date: step.date ? dateView(step.date) : undefined,
      source: sourceRef(step.source),
    })),
  }));

  const penalties = [...(data.penalties ?? [])]
    .map((penalty, order) => ({ penalty, order }))
    .sort((a, b) => comparePartialDates(a.penalty.date, b.penalty.date) || a.order - b.order)
    .map(({ penalty }) => ({
      authority: link('regulators', penalty.authority),
      target: penalty.target ? link('firms', penalty.target) : undefined,
      person: penalty.person ? link('people', penalty.person) : undefined,
      kind: penalty.kind,
      kindLabel: penaltyKindText(penalty),
      term: penalty.term,
      amount: penalty.amount !== undefined && penalty.currency ? moneyView({ amount: penalty.amount, currency: penalty.currency }) : undefined,
      date: dateView(penalty.date),
      source: sourceRef(penalty.source),
      standing: { value: currentStanding(penalty), label: STANDING_LABELS[currentStanding(penalty)] },
      // "Upheld at first instance by the Seoul Administrative Court, 11 June 2026 [21]"
      steps: standingSteps(penalty).map((step) => ({
        standing: step.standing,
        text: [
          capitalised(STANDING_LABELS[step.standing]),
          step.level ? COURT_LEVEL_LABELS[step.level] : undefined,
        ].filter(Boolean).join(' '),
        by: step.by ? link('regulators', step.by) : undefined,
        date: dateView(step.date),
        note: step.note,
        amount: step.amount !== undefined && penalty.currency ? moneyView({ amount: step.amount, currency: penalty.currency }) : undefined,
        source: sourceRef(step.source),
      })),
    }));
  const fines = caseFines(record);

  // Everyone the case names, with every role it gives them (parties, regulators, targets, speakers).
  const mentions = caseMentions(book, data);
  const involved = (kind: MentionKind) => [...mentions[kind]].filter(([, roles]) => roles.some((r) => r.role !== 'parent-of' && r.role !== 'quoted' && r.role !== 'cited'));
  const firmEntry = ([firmId, roles]: [string, Parameters<typeof rolesText>[1]]) => {
    const firm = book.firms.get(firmId);
    return { entity: link('firms', firmId), roles: rolesText(book, roles), aliases: firm?.aliases ?? [], parent: firm?.parent ? link('firms', firm.parent) : undefined };
  };

  const present: Record<CaseSectionId, boolean> = {
    'key-facts': true,
    parties: true,
    positions: (data.positions ?? []).length > 0,
    timeline: true,
    quotes: quotes.length > 0,
    narrative: true,
    sources: true,
    changes: (data.changes ?? []).length > 0,
  };

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
    /** The case's fines per currency, as imposed and as they stand now. */
    fines: { count: fines.count, imposed: fines.imposed.map(moneyView), standing: fines.standing.map(moneyView) },
    // One line per law, its articles in the order cited; a law cited as a whole has none.
    provisions: [...new Set((data.provisions ?? []).map((p) => p.law))].map((lawId) => {
      const law = book.laws.get(lawId);
      const articles = (data.provisions ?? []).filter((p) => p.law === lawId && p.article).map((p) => p.article!);
      return { law: link('laws', lawId), short: law?.short, articles, articlesText: articlesText(articles), country: law ? jurisdiction(law.country) : undefined };
    }),
    // Aliases and parents are shown with each party, so search finds the case by any of them ("Ant Group" → Alipay).
    parties: involved('firms').map(firmEntry),
    regulators: involved('regulators').map(([regulatorId, roles]) => ({
      entity: link('regulators', regulatorId),
      roles: rolesText(book, roles),
      aliases: book.regulators.get(regulatorId)?.aliases ?? [],
      parent: undefined,
    })),
    people: involved('people').map(([personId, roles]) => ({ entity: link('people', personId), roles: rolesText(book, roles), aliases: book.people.get(personId)?.aliases ?? [], parent: undefined })),
    positions: (data.positions ?? []).map((position) => ({ speaker: speaker(position.by), claim: position.claim, source: sourceRef(position.source) })),
    timeline,
    quotes,
    sources,
    changes: changeAnchors(data).map((change) => ({ date: dateView(change.date), summary: change.summary, anchor: change.anchor })),
    related: relatedCases(book, id).map(({ record: other }) => ({ id: other.id, title: other.data.title, href: urls.case(other.id) })),
    /** The page's sections by id; an absent optional section is undefined. */
    sections: Object.fromEntries(CASE_SECTIONS.map((section) => [section.id, present[section.id] ? section : undefined])) as Record<CaseSectionId, (typeof CASE_SECTIONS)[number] | undefined>,
  };
}

export type CaseView = ReturnType<typeof buildCaseView>;
