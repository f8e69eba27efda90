/** One row of any case list, with its fines in the list's scope (a regulator's own, a firm's own, or all). */
import { entityLink, type Casebook, type CaseRecord } from '../model/casebook.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { caseFines, currentStanding, inScope, isFine, type PenaltyScope } from '../model/penalties.ts';
import type { Urls } from '../model/urls.ts';
import { dateView, moneyView } from './dates.ts';
import { STANDING_LABELS, STATUS_LABELS } from '../model/labels.ts';
import { STANDINGS } from '../content/schema/case.ts';

/** Sort key of a fines cell: currency first, so a sort never ranks one currency's amounts against another's. */
const finesSortKey = (fines: { currency: string; value: number }[]) =>
  fines.length ? `${fines[0].currency} ${String(fines[0].value).padStart(16, '0')}` : '';

export function caseSummary(book: Casebook, urls: Urls, record: CaseRecord, scope?: PenaltyScope) {
  const { data } = record;
  const fines = caseFines(record, scope);
  const imposed = fines.imposed.map(moneyView);
  const now = (data.penalties ?? []).filter((p) => isFine(p) && inScope(p, scope)).map(currentStanding);
  // "1 upheld, 2 imposed": how many of the fines in scope stand each way now, in the vocabulary's order.
  const standings = STANDINGS.map((standing) => ({ value: standing, label: STANDING_LABELS[standing], count: now.filter((s) => s === standing).length })).filter((s) => s.count > 0);
  return {
    id: record.id,
    href: urls.case(record.id),
    title: data.title,
    summary: data.summary,
    status: { value: data.status, label: STATUS_LABELS[data.status] },
    reported: dateView(data.reported),
    updated: dateView(data.updated),
    routes: [...new Set(data.flows.map((f) => `${jurisdictionName(f.from)} → ${jurisdictionName(f.to)}`))],
    parties: data.parties.map((p) => entityLink(book, urls, 'firms', p.firm)),
    regulators: (data.regulators ?? []).map((r) => entityLink(book, urls, 'regulators', r.regulator)),
    /** Fines in scope, summed per currency ("EUR 530 million" for two parts of one decision). */
    fines: {
      count: fines.count,
      imposed,
      standing: fines.standing.map(moneyView),
      sortKey: finesSortKey(imposed),
      /** Where the fines stand now; empty when none was challenged (all as imposed), so the table says nothing more. */
      standings: standings.some((s) => s.value !== 'imposed') ? standings : [],
    },
  };
}
export type CaseSummary = ReturnType<typeof caseSummary>;
