/** One row of any case list, with its fines in the list's scope (a regulator's own, a firm's own, or all). */
import { entityLink, type Casebook, type CaseRecord } from '../model/casebook.ts';
import { jurisdictionName } from '../model/jurisdictions.ts';
import { caseFines, type PenaltyScope } from '../model/penalties.ts';
import type { Urls } from '../model/urls.ts';
import { dateView, moneyView } from './dates.ts';
import { STATUS_LABELS } from '../model/labels.ts';

/** Sort key of a fines cell: currency first, so a sort never ranks one currency's amounts against another's. */
const finesSortKey = (fines: { currency: string; value: number }[]) =>
  fines.length ? `${fines[0].currency} ${String(fines[0].value).padStart(16, '0')}` : '';

export function caseSummary(book: Casebook, urls: Urls, record: CaseRecord, scope?: PenaltyScope) {
  const { data } = record;
  const fines = caseFines(record, scope);
  const imposed = fines.imposed.map(moneyView);
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
    fines: { count: fines.count, imposed, standing: fines.standing.map(moneyView), sortKey: finesSortKey(imposed) },
  };
}
export type CaseSummary = ReturnType<typeof caseSummary>;
