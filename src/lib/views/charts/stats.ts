/**
 * The /stats/ page: what the casebook holds, counted. Every count is of cases in this
 * casebook, not of all incidents; money stays in the currency it was imposed in.
 */
import { entityLink, type Casebook } from '../../model/casebook.ts';
import { STANDING_LABELS, STATUS_LABELS, capitalised } from '../../model/labels.ts';
import { currentStanding, isChallenged, isFine, standingAmount } from '../../model/penalties.ts';
import { yearOf } from '../../model/dates.ts';
import { jurisdictionName } from '../../model/jurisdictions.ts';
import { formatMoney, formatMoneyExact } from '../../model/numbers.ts';
import { CASE_STATUSES, STANDINGS, type CaseStatus } from '../../content/schema/case.ts';
import type { Urls } from '../../model/urls.ts';
import { horizontalBars, stackedColumns } from './bars.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const byCountThenName = <T extends { count: number; name: string }>(a: T, b: T) => b.count - a.count || a.name.localeCompare(b.name, 'en');

/** Cases per year of first report, by status; every year from the first to the last, empty ones included. */
export function casesByYear(book: Casebook) {
  const years = book.cases.map((r) => yearOf(r.data.reported));
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i;
    const cases = book.cases.filter((r) => yearOf(r.data.reported) === year);
    const counts = Object.fromEntries(CASE_STATUSES.map((status) => [status, cases.filter((r) => r.data.status === status).length])) as Record<CaseStatus, number>;
    return { year, counts, total: cases.length };
  });
}

/** Monetary penalties per currency, then per authority (total and how many), largest first; currencies never mixed. */
export function penaltiesByCurrency(book: Casebook) {
  const totals = new Map<string, Map<string, { amount: number; count: number }>>();
  for (const record of book.cases) {
    for (const p of record.data.penalties ?? []) {
      if (p.amount === undefined || p.currency === undefined) continue;
      const byAuthority = totals.get(p.currency) ?? new Map();
      const entry = byAuthority.get(p.authority) ?? { amount: 0, count: 0 };
      byAuthority.set(p.authority, { amount: entry.amount + p.amount, count: entry.count + 1 });
      totals.set(p.currency, byAuthority);
    }
  }
  return [...totals]
    .map(([currency, byAuthority]) => ({
      currency,
      authorities: [...byAuthority].map(([authority, t]) => ({ authority, ...t })).sort((a, b) => b.amount - a.amount || a.authority.localeCompare(b.authority, 'en')),
    }))
    .sort((a, b) => a.currency.localeCompare(b.currency, 'en'));
}

/**
 * Fines per currency by where they stand now: how many were challenged (some step after the
 * decision is recorded) and how they ended, with the amounts as imposed and as they stand, each
 * in its own currency, never converted.
 */
export function fineOutcomesByCurrency(book: Casebook) {
  const fines = book.cases.flatMap((r) => (r.data.penalties ?? []).filter(isFine));
  const currencies = [...new Set(fines.map((p) => p.currency!))].sort((a, b) => a.localeCompare(b, 'en'));
  return currencies.map((currency) => {
    const inCurrency = fines.filter((p) => p.currency === currency);
    return {
      currency,
      fines: inCurrency.length,
      challenged: inCurrency.filter(isChallenged).length,
      byStanding: STANDINGS.map((standing) => {
        const these = inCurrency.filter((p) => currentStanding(p) === standing);
        return { standing, count: these.length, imposed: these.reduce((sum, p) => sum + p.amount!, 0), standingNow: these.reduce((sum, p) => sum + (standingAmount(p).amount ?? 0), 0) };
      }).filter((row) => row.count > 0),
    };
  });
}

/** Jurisdictions data went to, by how many cases. */
export function destinationCounts(book: Casebook) {
  const codes = [...new Set(book.cases.flatMap((r) => r.data.flows.map((f) => f.to)))];
  return codes
    .map((code) => ({ code, name: jurisdictionName(code), count: book.cases.filter((r) => r.data.flows.some((f) => f.to === code)).length }))
    .sort(byCountThenName);
}

/** Data categories, by how many cases moved them. */
export function dataCategoryCounts(book: Casebook) {
  const ids = [...new Set(book.cases.flatMap((r) => r.data.flows.flatMap((f) => f.data)))];
  return ids
    .map((id) => ({ id, name: book.dataCategories.get(id)?.label ?? id, count: book.cases.filter((r) => r.data.flows.some((f) => f.data.includes(id))).length }))
    .sort(byCountThenName);
}

/** Everything /stats/ shows: four charts, each with its geometry, text alternative and table rows. */
export function statsView(book: Casebook, urls: Urls, options: { topDestinations?: number } = {}) {
  const years = casesByYear(book);
  // Statuses stack in the schema's order (reported at the bottom, resolved on top); absent ones are left out.
  const present = CASE_STATUSES.filter((s) => years.some((y) => y.counts[s] > 0));
  const yearChart = stackedColumns(years.map((y) => ({ key: String(y.year), counts: y.counts })), present);
  const destinations = destinationCounts(book).slice(0, options.topDestinations ?? 10);
  const categories = dataCategoryCounts(book);
  const busiest = years.reduce((best, y) => (y.total > best.total ? y : best), years[0]);
  const casesHref = (code: string) => `${urls.cases}jurisdiction/${code.toLowerCase()}/`;
  return {
    years: {
      id: 'cases-by-year',
      title: 'Cases by year first reported, by status',
      desc: years.length
        ? `${plural(book.cases.length, 'case')} first reported between ${years[0].year} and ${years.at(-1)!.year}; the most in ${busiest.year} (${busiest.total}). Each column is split by each case’s status today.`
        : 'No cases yet.',
      chart: { ...yearChart, segments: yearChart.segments.map((s) => ({ ...s, label: `${s.column}: ${plural(s.value, 'case')}, ${STATUS_LABELS[s.key as CaseStatus].toLowerCase()}` })) },
      statuses: present.map((status) => ({ status, label: STATUS_LABELS[status] })),
      rows: years.map((y) => ({ year: y.year, counts: present.map((s) => y.counts[s]), total: y.total })),
    },
    penalties: penaltiesByCurrency(book).map(({ currency, authorities }) => {
      const items = authorities.map((a) => {
        const link = entityLink(book, urls, 'regulators', a.authority);
        return { label: link.name, href: link.href, value: a.amount, valueText: formatMoney(a.amount, currency), exact: formatMoneyExact(a.amount, currency), count: a.count };
      });
      return {
        id: `penalties-${currency.toLowerCase()}`,
        currency,
        title: `Monetary penalties in ${currency}, by authority`,
        desc: `${items.length === 1 ? 'One authority' : `${items.length} authorities`} imposed penalties in ${currency}: ${items.map((i) => `${i.label}, ${i.valueText}`).join('; ')}.`,
        chart: horizontalBars(items),
        rows: items,
      };
    }),
    fineOutcomes: fineOutcomesByCurrency(book).map(({ currency, fines, challenged, byStanding }) => {
      const revisited = byStanding.filter((row) => row.standing !== 'imposed');
      const asImposed = fines - revisited.reduce((sum, row) => sum + row.count, 0);
      return {
        id: `fines-standing-${currency.toLowerCase()}`,
        currency,
        title: `Fines in ${currency}, by where they stand now`,
        // "3 fines in EUR; 2 challenged or revisited since: 1 reduced, 1 annulled. The other one stands as imposed."
        desc: challenged === 0
          ? `${plural(fines, 'fine')} in ${currency}, none with an appeal or a later decision recorded.`
          : `${plural(fines, 'fine')} in ${currency}; ${challenged} challenged or revisited since: ${revisited.map((r) => `${r.count} ${STANDING_LABELS[r.standing]}`).join(', ')}.` +
            (asImposed ? ` The other${asImposed === 1 ? ' one stands' : ` ${asImposed} stand`} as imposed.` : ''),
        rows: byStanding.map((row) => ({
          standing: row.standing,
          label: row.standing === 'imposed' ? 'As imposed (no appeal recorded)' : capitalised(STANDING_LABELS[row.standing]),
          count: row.count,
          imposed: { value: row.imposed, text: formatMoneyExact(row.imposed, currency) },
          standingNow: { value: row.standingNow, text: formatMoneyExact(row.standingNow, currency) },
        })),
      };
    }),
    destinations: {
      id: 'destinations',
      title: 'Where the data went: destinations by number of cases',
      desc: destinations.map((d) => `${d.name}: ${plural(d.count, 'case')}`).join('; ') + '.',
      chart: horizontalBars(destinations.map((d) => ({ label: d.name, href: casesHref(d.code), value: d.count, valueText: plural(d.count, 'case') }))),
      rows: destinations.map((d) => ({ name: d.name, href: casesHref(d.code), count: d.count })),
    },
    categories: {
      id: 'data-categories',
      title: 'Data categories, by number of cases',
      desc: categories.map((c) => `${c.name}: ${plural(c.count, 'case')}`).join('; ') + '.',
      chart: horizontalBars(categories.map((c) => ({ label: c.name, value: c.count, valueText: plural(c.count, 'case') }))),
      rows: categories.map((c) => ({ name: c.name, count: c.count })),
    },
  };
}
export type StatsView = ReturnType<typeof statsView>;
