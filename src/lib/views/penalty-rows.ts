/** The penalty tables of firm and regulator pages: one row per penalty, totals per currency. */
import { entityLink, type Casebook } from '../model/casebook.ts';
import type { PenaltyInCase, PenaltyList } from '../model/penalties.ts';
import { currentStanding } from '../model/penalties.ts';
import type { Urls } from '../model/urls.ts';
import { penaltyKindText } from './case.ts';
import { dateView, moneyView } from './dates.ts';
import { STANDING_LABELS } from '../model/labels.ts';

export function penaltyRows(book: Casebook, urls: Urls, list: PenaltyInCase[]) {
  return list.map(({ record, penalty }) => ({
    case: { href: urls.case(record.id), title: record.data.title },
    authority: entityLink(book, urls, 'regulators', penalty.authority),
    target: penalty.target ? entityLink(book, urls, 'firms', penalty.target) : undefined,
    person: penalty.person ? entityLink(book, urls, 'people', penalty.person) : undefined,
    kind: penaltyKindText(penalty),
    amount: penalty.amount !== undefined && penalty.currency ? moneyView({ amount: penalty.amount, currency: penalty.currency }) : undefined,
    date: dateView(penalty.date),
    standing: STANDING_LABELS[currentStanding(penalty)],
  }));
}

/** Rows and totals: fines as imposed and as they stand now, each per currency. */
export function penaltyTable(book: Casebook, urls: Urls, penalties: PenaltyList) {
  return { rows: penaltyRows(book, urls, penalties.list), imposed: penalties.imposed.map(moneyView), standing: penalties.standing.map(moneyView) };
}
export type PenaltyTableView = ReturnType<typeof penaltyTable>;
