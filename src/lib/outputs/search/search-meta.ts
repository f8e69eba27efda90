/**
 * What search knows about a case beyond its text: filter values (ids, so URLs stay
 * short and stable: `?regulator=kr-pipc`), sort keys and result metadata.
 */
import type { Casebook, CaseRecord } from '../../model/casebook.ts';
import { dateRange, formatPartialDate, yearOf } from '../../model/dates.ts';
import { entityMatchKeys, leadFilterKey } from './entity-match.ts';
import { finesSortKey } from './search-state.ts';
import { EVENT_KIND_LABELS, FINE_STANDING_FILTER_LABELS, STATUS_LABELS } from '../../model/labels.ts';
import { unique } from '../../model/lists.ts';
import { entitiesLedBy, entitiesNamedBy, jurisdictionsOf } from '../../model/mentions.ts';
import { caseFines, fineStandings } from '../../model/penalties.ts';
import { caseRecords } from '../../model/stats.ts';
import { jurisdictionName, jurisdictionNativeName } from '../../model/jurisdictions.ts';

export const SEARCH_FILTERS = [
  { key: 'type', label: 'Page type' },
  { key: 'status', label: 'Status' },
  { key: 'firm', label: 'Firm' },
  { key: 'regulator', label: 'Regulator or court' },
  { key: 'jurisdiction', label: 'Jurisdiction (data from or to, or an authority of it)' },
  { key: 'from', label: 'Data from' },
  { key: 'to', label: 'Data to' },
  { key: 'year', label: 'Year reported' },
  { key: 'data', label: 'Data category' },
  { key: 'event', label: 'Events' },
  { key: 'penalty', label: 'Penalty' },
  // Where the case's fines stand now (the newest standing step of each): upheld, under appeal, …
  { key: 'standing', label: 'Where its fines stand' },
] as const;

const FIXED_SORTS = [
  { key: 'updated', label: 'Last updated' },
  { key: 'reported', label: 'First reported' },
  { key: 'records', label: 'Most records' },
  { key: 'sources', label: 'Most sources' },
] as const;

export { finesSortKey };

/**
 * Filters the search page uses but never shows as facets: the firms and regulators a case gives a
 * leading role (model/mentions.ts, LEADING_ROLES), so a query naming one lists those cases first,
 * and the currencies of its fines, the cases a fines sort lists (search-state.ts).
 */
export const HIDDEN_FILTERS = [leadFilterKey('firm'), leadFilterKey('regulator'), 'fines'] as const;

/**
 * Sorts the search page offers. Fines sort within one currency at a time, never across
 * currencies (no conversion): a case without fines in that currency is not in that sort.
 */
export function searchSorts(book: Casebook): { key: string; label: string }[] {
  const currencies = [...new Set(book.cases.flatMap((r) => caseFines(r).imposed.map((t) => t.currency)))].sort();
  return [
    ...FIXED_SORTS,
    ...currencies.map((currency) => ({ key: finesSortKey(currency), label: `Largest fines in ${currency} (only cases with fines in ${currency})` })),
  ];
}

export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'] | (typeof HIDDEN_FILTERS)[number];

/** What a page tells Pagefind besides its text (rendered by SearchMeta.astro). */
export interface SearchData {
  filters: [FilterKey, string][];
  sort: Record<string, string>;
  meta: Record<string, string>;
}

/** Sort keys must compare as text: zero-padded numbers, full dates. */
const pad = (n: number) => String(n).padStart(16, '0');

export function caseSearchData(book: Casebook, record: CaseRecord): SearchData {
  const { data } = record;
  // Firm, regulator and jurisdiction filters select exactly the cases those pages list (model/mentions.ts).
  const named = entitiesNamedBy(book, record);
  const led = entitiesLedBy(book, record);
  const fines = caseFines(record).imposed;
  const filters: [FilterKey, string][] = [
    ['type', 'case'],
    ['status', data.status],
    ...named.firms.map((id): [FilterKey, string] => ['firm', id]),
    ...named.regulators.map((id): [FilterKey, string] => ['regulator', id]),
    ...jurisdictionsOf(book, record).map((code): [FilterKey, string] => ['jurisdiction', code]),
    ...unique(data.flows.map((f) => f.from)).map((code): [FilterKey, string] => ['from', code]),
    ...unique(data.flows.map((f) => f.to)).map((code): [FilterKey, string] => ['to', code]),
    ['year', String(yearOf(data.reported))],
    ...unique(data.flows.flatMap((f) => f.data)).map((id): [FilterKey, string] => ['data', id]),
    ...unique(data.timeline.map((e) => e.kind)).map((kind): [FilterKey, string] => ['event', kind]),
    ['penalty', (data.penalties ?? []).length > 0 ? 'yes' : 'no'],
    ...led.firms.map((id): [FilterKey, string] => ['lead-firm', id]),
    ...led.regulators.map((id): [FilterKey, string] => ['lead-regulator', id]),
    ...fines.map((t): [FilterKey, string] => ['fines', t.currency.toLowerCase()]),
    ...fineStandings(record).map((standing): [FilterKey, string] => ['standing', standing]),
  ];
  return {
    filters,
    sort: {
      updated: dateRange(data.updated).end,
      reported: dateRange(data.reported).start,
      ...Object.fromEntries(fines.map((t) => [finesSortKey(t.currency), pad(t.amount)])),
      records: pad(caseRecords(record) ?? 0),
      // How widely the case was reported; also the order of a named firm's or regulator's cases.
      sources: pad(data.sources.length),
    },
    meta: {
      summary: data.summary,
      // Every id the case names, for search alone: Pagefind searches metadata too, so `kr-pipc` and
      // `ant-group` find the case while no id is page text that an excerpt could show.
      ids: [...named.firms, ...named.regulators, ...named.people, ...named.laws].join(' '),
      // The countries it touches as their own people write them (Norge, Россия, भारत), for search alone.
      places: jurisdictionsOf(book, record).flatMap((code) => jurisdictionNativeName(code)?.name ?? []).join(' '),
      status: data.status,
      updated: formatPartialDate(data.updated),
      route: [...new Set(data.flows.map((f) => `${jurisdictionName(f.from)} → ${jurisdictionName(f.to)}`))].join('; '),
    },
  };
}

/**
 * A firm's or regulator's page: its type, and the keys it can be named by, so the search page
 * can tell that a query names it (see entity-match.ts) and select its cases by its type and id.
 */
export function entitySearchData(kind: 'firm' | 'regulator', id: string, entity: Parameters<typeof entityMatchKeys>[1]): SearchData {
  return {
    filters: [['type', kind]],
    sort: {},
    // The filter of its cases (`regulator:kr-pipc`) is read from its type and address, not kept as
    // metadata: Pagefind searches metadata, and "firm:…" made the word "firm" match every firm page.
    meta: { names: entityMatchKeys(id, entity).join(' ') },
  };
}

/**
 * Filter keys whose labels grow with the casebook (thousands of firms at 10,000 cases): the search
 * page fetches them with the facet data, when the filters are opened, instead of inlining them.
 */
export const FACET_ONLY_LABELS = ['firm', 'regulator', 'jurisdiction', 'data'] as const;

/** Splits labels into those the search page inlines (results need them) and those it fetches with the facets. */
export function splitLabels(labels: Record<string, Record<string, string>>) {
  const lazy = new Set<string>(FACET_ONLY_LABELS);
  const pick = (keep: boolean) => Object.fromEntries(Object.entries(labels).filter(([key]) => lazy.has(key) === keep));
  return { inline: pick(false), facetOnly: pick(true) };
}

/** Labels for every filter value, so the search page shows names while URLs carry ids. */
export function filterLabels(book: Casebook) {
  const labels: Record<string, Record<string, string>> = {
    type: { case: 'Case', firm: 'Firm', regulator: 'Regulator or court', person: 'Person', law: 'Law' },
    status: STATUS_LABELS,
    firm: Object.fromEntries([...book.firms].map(([id, f]) => [id, f.name])),
    regulator: Object.fromEntries([...book.regulators].map(([id, r]) => [id, r.abbr ? `${r.name} (${r.abbr})` : r.name])),
    data: Object.fromEntries([...book.dataCategories].map(([id, c]) => [id, c.label])),
    event: EVENT_KIND_LABELS,
    penalty: { yes: 'With a penalty', no: 'No penalty' },
    standing: FINE_STANDING_FILTER_LABELS,
    from: {},
    to: {},
    jurisdiction: {},
    year: {},
  };
  for (const record of book.cases) {
    for (const flow of record.data.flows) {
      labels.from[flow.from] = jurisdictionName(flow.from);
      labels.to[flow.to] = jurisdictionName(flow.to);
    }
    for (const code of jurisdictionsOf(book, record)) labels.jurisdiction[code] = jurisdictionName(code);
  }
  return labels;
}
