/**
 * The compare page's view model: two to four cases, as their data files (/data/cases/<id>.json)
 * give them, in columns, one row per fact a reader compares, so differences stand out row by
 * row. The page's script builds it in the browser, so everything here is pure and light: labels,
 * dates and numbers only, never the content schemas.
 */
import type { CaseRecordJson } from '../outputs/open-data.ts';
import { capitalised, COURT_LEVEL_LABELS, ESTABLISHED_LABELS, EVENT_KIND_LABELS, eventTitle, STANDING_LABELS, STATUS_LABELS } from '../model/labels.ts';
import { comparePartialDates, formatPartialDate } from '../model/dates.ts';
import { formatCount, formatExact, formatMoney, formatMoneyExact } from '../model/numbers.ts';
import type { Urls } from '../model/urls.ts';
import type { Casebook } from '../model/casebook.ts';
import { articlesText, penaltyKindText } from './wording.ts';

/** A run of text, a link when it has an address. */
export interface Segment {
  text: string;
  href?: string;
}
/** One line of a cell. */
export type Line = Segment[];
/** One entry of a cell (a flow, a penalty): its lines. */
export type Entry = Line[];

export interface CompareColumn {
  id: string;
  title: string;
  href: string;
}
export interface CompareRow {
  id: string;
  label: string;
  /** One cell per column; an empty cell has no entries. */
  cells: Entry[][];
  /** Every column says the same (shown as such, so the rows that differ stand out). */
  same: boolean;
}

const plain = (text: string): Line => [{ text }];
const count = (value: number) => `${formatCount(value)} (${formatExact(value)})`;
const route = (c: CaseRecordJson, flow: { from: string; to: string }) => `${place(c, flow.from)} → ${place(c, flow.to)}`;
const place = (c: CaseRecordJson, code: string) => c.entities.jurisdictions[code]?.name ?? code;

function links(c: CaseRecordJson, urls: Urls) {
  const firm = (id: string): Segment => ({ text: c.entities.firms[id]?.name ?? id, href: urls.entity('firms', id) });
  const regulator = (id: string, short = false): Segment => {
    const entity = c.entities.regulators[id];
    return { text: (short && entity?.abbr) || entity?.name || id, href: urls.entity('regulators', id) };
  };
  const person = (id: string): Segment => ({ text: c.entities.people[id]?.name ?? id, href: urls.entity('people', id) });
  /** " [Publisher, date]", like a footnote mark, linked to the source itself, or to its entry on the case page when it has no address. */
  const source = (id: string): Segment[] => {
    const found = c.data.sources.find((s) => s.id === id);
    const link = found ? { text: `${found.publisher}, ${formatPartialDate(found.date)}`, href: found.url ?? `${urls.case(c.id)}#source-${id}` } : { text: id };
    return [{ text: ' [' }, link, { text: ']' }];
  };
  const speaker = (by: { firm?: string; regulator?: string; person?: string }) => (by.firm ? firm(by.firm) : by.regulator ? regulator(by.regulator, true) : person(by.person!));
  return { firm, regulator, person, source, speaker };
}

function flowEntries(c: CaseRecordJson, urls: Urls): Entry[] {
  const link = links(c, urls);
  return c.data.flows.map((flow) => {
    const lines: Line[] = [plain(`${route(c, flow)}${flow.alleged ? ' (alleged)' : ''}`)];
    if (flow.exporter || flow.importer) {
      lines.push([flow.exporter ? link.firm(flow.exporter) : { text: 'unknown sender' }, { text: ' → ' }, flow.importer ? link.firm(flow.importer) : { text: 'unknown recipient' }]);
    }
    const known = flow.established?.at(-1);
    if (known) lines.push([{ text: `${ESTABLISHED_LABELS[known.how]} by ` }, link.speaker(known.by), ...(known.date ? [{ text: `, ${formatPartialDate(known.date)}` }] : []), ...link.source(known.source)]);
    return lines;
  });
}

/** Records or people per flow, as reported; the route says which flow when there are several. */
function figureEntries(c: CaseRecordJson, key: 'records' | 'people'): Entry[] {
  const counted = c.data.flows.filter((f) => f[key] !== undefined);
  return counted.map((flow) => [plain(c.data.flows.length > 1 ? `${count(flow[key]!)}: ${route(c, flow)}` : count(flow[key]!))]);
}

function penaltyEntries(c: CaseRecordJson, urls: Urls): Entry[] {
  const link = links(c, urls);
  return (c.data.penalties ?? [])
    .map((penalty, index) => ({ penalty, index }))
    .sort((a, b) => comparePartialDates(a.penalty.date, b.penalty.date) || a.index - b.index)
    .map(({ penalty }) => {
      const on = [penalty.target && link.firm(penalty.target), penalty.person && link.person(penalty.person)].filter((x): x is Segment => Boolean(x));
      const what: Line = [
        link.regulator(penalty.authority, true),
        { text: `: ${penaltyKindText(penalty)}${penalty.amount !== undefined && penalty.currency ? ` of ${formatMoneyExact(penalty.amount, penalty.currency)}` : ''} on ` },
        ...on.flatMap((segment, i) => (i ? [{ text: ' and ' }, segment] : [segment])),
        { text: `, ${formatPartialDate(penalty.date)}` },
        ...link.source(penalty.source),
      ];
      // Every step, oldest first: "Upheld at first instance by the Seoul Administrative Court, 11 June 2026 [source]".
      const steps = [...(penalty.standing ?? [])].sort((a, b) => comparePartialDates(a.date, b.date)).map((step): Line => [
        { text: `${capitalised(STANDING_LABELS[step.standing])}${step.level ? ` ${COURT_LEVEL_LABELS[step.level]}` : ''}` },
        ...(step.by ? [{ text: ' by ' }, link.regulator(step.by)] : []),
        { text: `, ${formatPartialDate(step.date)}${step.amount !== undefined && penalty.currency ? `, to ${formatMoneyExact(step.amount, penalty.currency)}` : ''}` },
        ...link.source(step.source),
      ]);
      return [what, ...(steps.length ? steps : [plain('Stands as imposed: no appeal recorded')])];
    });
}

function fineEntries(c: CaseRecordJson): Entry[] {
  const { imposed, standing } = c.standing.fines;
  if (!imposed.length) return [];
  const sum = (totals: typeof imposed) => totals.map((t) => formatMoney(t.amount, t.currency)).join('; ');
  // Both, always: an upheld fine stands at its imposed amount, and the row must not read as "not challenged".
  return [[plain(`Imposed: ${sum(imposed)}`), plain(`Standing now: ${standing.some((t) => t.amount > 0) ? sum(standing) : 'nothing (all annulled or withdrawn)'}`)]];
}

function lawEntries(c: CaseRecordJson, urls: Urls): Entry[] {
  const provisions = c.data.provisions ?? [];
  return [...new Set(provisions.map((p) => p.law))].map((lawId) => {
    const law = c.entities.laws[lawId];
    const articles = provisions.filter((p) => p.law === lawId && p.article).map((p) => String(p.article));
    return [[{ text: law?.name ?? lawId, href: urls.entity('laws', lawId) }, { text: `${law?.short ? ` (${law.short})` : ''}${articles.length ? `, ${articlesText(articles)}` : ''}` }]];
  });
}

function dateEntries(c: CaseRecordJson): { span: Entry[]; key: Entry[] } {
  const events = [...c.data.timeline].sort((a, b) => comparePartialDates(a.date, b.date));
  const first = events[0];
  const last = events.at(-1)!;
  const span = `${formatPartialDate(first.date)}${last.date !== first.date ? ` – ${formatPartialDate(last.date)}` : ''} (${events.length} ${events.length === 1 ? 'event' : 'events'})`;
  // Sanctions and rulings: the dates a report quotes.
  const decisive = events.filter((e) => e.kind === 'sanction' || e.kind === 'ruling').map((e) => [plain(`${formatPartialDate(e.date)}: ${eventTitle(e)} (${EVENT_KIND_LABELS[e.kind].toLowerCase()})`)]);
  return {
    span: [[plain(span)]],
    key: [[plain(`First reported: ${formatPartialDate(c.data.reported)}`)], [plain(`Last updated: ${formatPartialDate(c.data.updated)}`)], ...decisive],
  };
}

function regulatorEntries(c: CaseRecordJson, urls: Urls): Entry[] {
  const link = links(c, urls);
  return (c.data.regulators ?? []).map((r) => {
    const abbr = c.entities.regulators[r.regulator]?.abbr;
    return [[link.regulator(r.regulator), { text: `${abbr ? ` (${abbr})` : ''}, ${r.role}` }]];
  });
}

/** What a cell says, without its links: two cells that say the same are the same. */
const cellText = (cell: Entry[]) => JSON.stringify(cell.map((entry) => entry.map((line) => line.map((s) => s.text).join(''))));

export function compareView(cases: readonly CaseRecordJson[], urls: Urls) {
  const rows: [string, string, (c: CaseRecordJson) => Entry[]][] = [
    ['status', 'Status', (c) => [[plain(STATUS_LABELS[c.data.status])]]],
    ['flows', 'Data flows (from → to, exporter → importer)', (c) => flowEntries(c, urls)],
    ['data', 'Data categories', (c) => [...new Set(c.data.flows.flatMap((f) => f.data))].map((id) => [plain(c.entities.data_categories[id]?.label ?? id)])],
    ['records', 'Records, as reported', (c) => figureEntries(c, 'records')],
    ['people', 'People, as reported', (c) => figureEntries(c, 'people')],
    ['penalties', 'Penalties and where they stand', (c) => penaltyEntries(c, urls)],
    ['fines', 'Fines per currency (never converted)', fineEntries],
    ['laws', 'Laws and articles cited', (c) => lawEntries(c, urls)],
    ['span', 'Timeline span', (c) => dateEntries(c).span],
    ['dates', 'Key dates', (c) => dateEntries(c).key],
    ['regulators', 'Regulators and courts', (c) => regulatorEntries(c, urls)],
  ];
  return {
    columns: cases.map((c): CompareColumn => ({ id: c.id, title: c.data.title, href: urls.case(c.id) })),
    rows: rows.map(([id, label, cell]): CompareRow => {
      const cells = cases.map(cell);
      return { id, label, cells, same: cases.length > 1 && cells.every((x) => cellText(x) === cellText(cells[0])) };
    }),
  };
}
export type CompareView = ReturnType<typeof compareView>;

/** The cases a reader can choose from, as the page lists them (the page works as a list of links without JavaScript). */
export function compareChoices(book: Pick<Casebook, 'cases'>, urls: Urls) {
  return [...book.cases]
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))
    .map((record) => ({ id: record.id, title: record.data.title, href: urls.case(record.id), reported: formatPartialDate(record.data.reported) }));
}
