/**
 * What a page derives from the whole Casebook: a firm's cases and roles, a regulator's
 * penalties, a person's quotes, a law's citations, a jurisdiction's flows, the global
 * timeline, related cases. Pure functions of the resolved data; nothing is listed by hand.
 */
import type { Casebook, CaseRecord } from './casebook.ts';
import { caseAnchors } from './anchors.ts';
import { comparePartialDates } from './dates.ts';
import { totalsByCurrency } from './numbers.ts';
import type { Penalty, Position, Quote, TimelineEvent } from '../content/schema/case.ts';

/** Derived lists every page of a kind asks for: computed once per Casebook, not once per page. */
export function memoized<T>(compute: (book: Casebook) => T): (book: Casebook) => T {
  const cache = new WeakMap<Casebook, T>();
  return (book) => {
    if (!cache.has(book)) cache.set(book, compute(book));
    return cache.get(book)!;
  };
}

/** Items in first-seen order, each once. */
export const unique = <T>(items: T[]): T[] => [...new Set(items)];

export function pushTo<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key);
  if (list) list.push(item);
  else index.set(key, [item]);
}

/** Every role a firm plays in a case: party roles, plus exporter/importer from the flows. */
export function firmRoles(record: CaseRecord, firmId: string): string[] {
  const { data } = record;
  return unique([
    ...data.parties.filter((p) => p.firm === firmId).map((p) => p.role),
    ...data.flows.filter((f) => f.exporter === firmId).map(() => 'exporter'),
    ...data.flows.filter((f) => f.importer === firmId).map(() => 'importer'),
    ...(data.penalties ?? []).filter((p) => p.target === firmId).map(() => 'sanctioned'),
  ]);
}

/** Firm id → its cases with roles, in the Casebook's order: one pass over the cases per build. */
const firmIndex = memoized((book: Casebook) => {
  const index = new Map<string, { record: CaseRecord; roles: string[] }[]>();
  for (const record of book.cases) {
    const { data } = record;
    const ids = unique([
      ...data.parties.map((p) => p.firm),
      ...data.flows.flatMap((f) => [f.exporter, f.importer]).filter((id): id is string => id !== undefined),
      ...(data.penalties ?? []).flatMap((p) => (p.target ? [p.target] : [])),
    ]);
    for (const id of ids) pushTo(index, id, { record, roles: firmRoles(record, id) });
  }
  return index;
});

export function casesOfFirm(book: Casebook, firmId: string) {
  return firmIndex(book).get(firmId) ?? [];
}

/** Every role a regulator plays: listed roles, plus "imposed a penalty" and "took a position". */
export function regulatorRoles(record: CaseRecord, regulatorId: string): string[] {
  const { data } = record;
  return unique([
    ...(data.regulators ?? []).filter((r) => r.regulator === regulatorId).map((r) => r.role),
    ...(data.penalties ?? []).filter((p) => p.authority === regulatorId).map(() => 'penalty'),
    ...(data.positions ?? []).filter((p) => p.by.regulator === regulatorId).map(() => 'position'),
  ]);
}

/** Regulator id → its cases with roles, in the Casebook's order: one pass per build. */
const regulatorIndex = memoized((book: Casebook) => {
  const index = new Map<string, { record: CaseRecord; roles: string[] }[]>();
  for (const record of book.cases) {
    const { data } = record;
    const ids = unique([
      ...(data.regulators ?? []).map((r) => r.regulator),
      ...(data.penalties ?? []).map((p) => p.authority),
      ...(data.positions ?? []).flatMap((p) => (p.by.regulator ? [p.by.regulator] : [])),
    ]);
    for (const id of ids) pushTo(index, id, { record, roles: regulatorRoles(record, id) });
  }
  return index;
});

export function casesOfRegulator(book: Casebook, regulatorId: string) {
  return regulatorIndex(book).get(regulatorId) ?? [];
}

export interface PenaltyInCase {
  record: CaseRecord;
  penalty: Penalty;
}

const largestFirst = (a: PenaltyInCase, b: PenaltyInCase) =>
  (b.penalty.amount ?? 0) - (a.penalty.amount ?? 0) || comparePartialDates(b.penalty.date, a.penalty.date);

/** Penalties by the firm they target and by the authority that imposed them, largest first: one pass per build. */
const penaltyIndex = memoized((book: Casebook) => {
  const byTarget = new Map<string, PenaltyInCase[]>();
  const byAuthority = new Map<string, PenaltyInCase[]>();
  for (const record of book.cases) {
    for (const penalty of record.data.penalties ?? []) {
      if (penalty.target) pushTo(byTarget, penalty.target, { record, penalty });
      pushTo(byAuthority, penalty.authority, { record, penalty });
    }
  }
  for (const list of [...byTarget.values(), ...byAuthority.values()]) list.sort(largestFirst);
  return { byTarget, byAuthority };
});

/** Penalties a firm received, largest first, and their totals per currency. */
export function penaltiesOnFirm(book: Casebook, firmId: string) {
  const list = penaltyIndex(book).byTarget.get(firmId) ?? [];
  return { list, totals: totalsByCurrency(list.map((x) => x.penalty)) };
}

/** Penalties a regulator imposed, largest first, and their totals per currency. */
export function penaltiesByAuthority(book: Casebook, regulatorId: string) {
  const list = penaltyIndex(book).byAuthority.get(regulatorId) ?? [];
  return { list, totals: totalsByCurrency(list.map((x) => x.penalty)) };
}

/** Firm id → the positions it took, with their cases, in the Casebook's order: one pass per build. */
const positionIndex = memoized((book: Casebook) => {
  const index = new Map<string, { record: CaseRecord; position: Position }[]>();
  for (const record of book.cases) {
    for (const position of record.data.positions ?? []) if (position.by.firm) pushTo(index, position.by.firm, { record, position });
  }
  return index;
});

export function positionsOfFirm(book: Casebook, firmId: string) {
  return positionIndex(book).get(firmId) ?? [];
}

/** A firm's parent chain up to the top, and its direct subsidiaries. */
export function firmFamily(book: Casebook, firmId: string) {
  const parents: string[] = [];
  for (let id = book.firms.get(firmId)?.parent; id && !parents.includes(id); id = book.firms.get(id)?.parent) parents.push(id);
  const subsidiaries = [...book.firms].filter(([, firm]) => firm.parent === firmId).map(([id]) => id).sort();
  return { parents, subsidiaries };
}

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

/**
 * Firm id → quotes by its people, newest first. People are not linked to firms in the content
 * model, so a quote counts as a firm's when the speaker's affiliation names the firm (its name or
 * an alias). Each person is matched against the firms once per build, not once per firm page.
 */
const quotesByFirm = memoized((book: Casebook) => {
  const firmNames = [...book.firms].map(([id, firm]) => ({ id, names: [firm.name, ...(firm.aliases ?? [])].map((name) => name.toLowerCase()) }));
  const firmsOfPerson = new Map<string, string[]>();
  for (const [personId, person] of book.people) {
    const affiliation = person.affiliation?.toLowerCase();
    if (affiliation !== undefined) firmsOfPerson.set(personId, firmNames.filter(({ names }) => names.some((name) => affiliation.includes(name))).map(({ id }) => id));
  }
  const index = new Map<string, QuoteInCase[]>();
  for (const entry of allQuotes(book)) for (const firmId of firmsOfPerson.get(entry.quote.person) ?? []) pushTo(index, firmId, entry);
  return index;
});

export function quotesOfFirm(book: Casebook, firmId: string): QuoteInCase[] {
  return quotesByFirm(book).get(firmId) ?? [];
}

/** Case id → its record: a page that knows only an id looks it up here, not by scanning every case. */
export const casesById = memoized((book: Casebook) => new Map(book.cases.map((record) => [record.id, record])));

/** Cases citing a law, with the articles each cites. */
export function casesCitingLaw(book: Casebook, lawId: string) {
  return book.cases.flatMap((record) => {
    const provisions = (record.data.provisions ?? []).filter((p) => p.law === lawId);
    if (!provisions.length) return [];
    return [{ record, articles: unique(provisions.flatMap((p) => (p.article ? [p.article] : []))) }];
  });
}

export interface TimelineEntry {
  record: CaseRecord;
  event: TimelineEvent;
  anchor: string;
}

/** Every event of every case, in date order (undated precision first), linking to its anchor. */
export const globalTimeline = memoized((book: Casebook): TimelineEntry[] =>
  book.cases
    .flatMap((record) => caseAnchors(record.data).events.map(({ event, anchor }) => ({ record, event, anchor })))
    .sort((a, b) => comparePartialDates(a.event.date, b.event.date) || a.record.id.localeCompare(b.record.id, 'en')),
);

export interface FlowTotal {
  /** The other end of the flow. */
  code: string;
  cases: string[];
  records: number;
  people: number;
}

function addFlow(totals: Map<string, FlowTotal>, code: string, caseId: string, records?: number, people?: number) {
  const total = totals.get(code) ?? { code, cases: [], records: 0, people: 0 };
  if (!total.cases.includes(caseId)) total.cases.push(caseId);
  total.records += records ?? 0;
  total.people += people ?? 0;
  totals.set(code, total);
}

/** A jurisdiction's outbound and inbound flows (by the other end), its cases, firms and regulators. */
export function jurisdictionSummary(book: Casebook, code: string) {
  const outbound = new Map<string, FlowTotal>();
  const inbound = new Map<string, FlowTotal>();
  const caseIds = new Set<string>();
  for (const record of book.cases) {
    for (const flow of record.data.flows) {
      if (flow.from === code) addFlow(outbound, flow.to, record.id, flow.records, flow.people);
      if (flow.to === code) addFlow(inbound, flow.from, record.id, flow.records, flow.people);
      if (flow.from === code || flow.to === code) caseIds.add(record.id);
    }
  }
  for (const record of book.cases) {
    const regulatorHere = (record.data.regulators ?? []).some((r) => book.regulators.get(r.regulator)?.country === code);
    if (regulatorHere) caseIds.add(record.id);
  }
  const byCases = (a: FlowTotal, b: FlowTotal) => b.cases.length - a.cases.length || a.code.localeCompare(b.code, 'en');
  return {
    outbound: [...outbound.values()].sort(byCases),
    inbound: [...inbound.values()].sort(byCases),
    cases: book.cases.filter((r) => caseIds.has(r.id)),
    firms: [...book.firms].filter(([, f]) => f.country === code).map(([id]) => id).sort(),
    regulators: [...book.regulators].filter(([, r]) => r.country === code).map(([id]) => id).sort(),
  };
}

/** Every jurisdiction the content names (flows, firms, regulators, laws), sorted by code. */
export function allJurisdictions(book: Casebook): string[] {
  return unique([
    ...book.cases.flatMap((r) => r.data.flows.flatMap((f) => [f.from, f.to])),
    ...[...book.firms.values()].map((f) => f.country),
    ...[...book.regulators.values()].map((r) => r.country),
    ...[...book.laws.values()].map((l) => l.country),
  ]).sort();
}

/** What a case shares with others, by weight: firms 3, regulators 2, destination jurisdictions and laws 1. */
const RELATED_WEIGHTS = { firm: 3, regulator: 2, to: 1, law: 1 } as const;

/** Feature → ids of the cases that have it, built once per build (an inverted index). */
const caseFeatures = memoized((book: Casebook) => {
  const byCase = new Map<string, string[]>();
  const byFeature = new Map<string, string[]>();
  for (const record of book.cases) {
    const { data } = record;
    const features = unique([
      ...data.parties.map((p) => `firm:${p.firm}`),
      ...(data.regulators ?? []).map((r) => `regulator:${r.regulator}`),
      ...data.flows.map((f) => `to:${f.to}`),
      ...(data.provisions ?? []).map((p) => `law:${p.law}`),
    ]);
    byCase.set(record.id, features);
    for (const feature of features) pushTo(byFeature, feature, record.id);
  }
  return { byCase, byFeature, records: casesById(book) };
});

/**
 * Related cases, best first: the case's own `related` list, then others ranked by
 * what they share: firms (3 each), regulators (2), destination jurisdictions and laws (1).
 */
export function relatedCases(book: Casebook, caseId: string, limit = 5): { record: CaseRecord; score: number; explicit: boolean }[] {
  const { byCase, byFeature, records } = caseFeatures(book);
  const self = records.get(caseId);
  if (!self) return [];
  const scores = new Map<string, number>();
  for (const feature of byCase.get(caseId) ?? []) {
    const weight = RELATED_WEIGHTS[feature.slice(0, feature.indexOf(':')) as keyof typeof RELATED_WEIGHTS];
    for (const other of byFeature.get(feature) ?? []) if (other !== caseId) scores.set(other, (scores.get(other) ?? 0) + weight);
  }
  const explicit = new Set((self.data.related ?? []).filter((id) => id !== caseId && records.has(id)));
  return [...new Set([...explicit, ...scores.keys()])]
    .map((id) => ({ record: records.get(id)!, score: scores.get(id) ?? 0, explicit: explicit.has(id) }))
    .sort((a, b) => Number(b.explicit) - Number(a.explicit) || b.score - a.score || a.record.id.localeCompare(b.record.id, 'en'))
    .slice(0, limit);
}

/** Headline counts for the home page. */
export function casebookStats(book: Casebook) {
  return {
    cases: book.cases.length,
    firms: book.firms.size,
    regulators: book.regulators.size,
    jurisdictions: allJurisdictions(book).length,
    records: book.cases.reduce((sum, r) => sum + r.data.flows.reduce((s, f) => s + (f.records ?? 0), 0), 0),
  };
}

/** The largest monetary penalty of a case (for the case index), if any. */
export function largestPenalty(record: CaseRecord): Penalty | undefined {
  return [...(record.data.penalties ?? [])].filter((p) => p.amount !== undefined).sort((a, b) => b.amount! - a.amount!)[0];
}
