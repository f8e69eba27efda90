/**
 * Penalties as a reader asks about them: a case's fines per currency (never added across
 * currencies, never compared across them), who imposed what on whom, and where each penalty
 * stands now (the standing extension: upheld, reduced, annulled…).
 */
import { STANDINGS, type Penalty, type Standing } from '../content/schema/case.ts';
import type { Casebook, CaseRecord } from './casebook.ts';
import { comparePartialDates } from './dates.ts';
import { pushTo } from './lists.ts';
import { memoized } from './memoized.ts';
import { totalsByCurrency, type MoneyTotal } from './numbers.ts';

export interface PenaltyInCase {
  record: CaseRecord;
  penalty: Penalty;
}

/** Newest first; same date by currency, then amount (within one currency only), then kind. */
export const newestFirst = (a: PenaltyInCase, b: PenaltyInCase) =>
  comparePartialDates(b.penalty.date, a.penalty.date) ||
  (a.penalty.currency ?? '').localeCompare(b.penalty.currency ?? '', 'en') ||
  (b.penalty.amount ?? 0) - (a.penalty.amount ?? 0) ||
  a.penalty.kind.localeCompare(b.penalty.kind, 'en');

/** Penalties by the firm or person they target and by the authority that imposed them, newest first: one pass per build. */
const penaltyIndex = memoized((book: Casebook) => {
  const byTarget = new Map<string, PenaltyInCase[]>();
  const byPerson = new Map<string, PenaltyInCase[]>();
  const byAuthority = new Map<string, PenaltyInCase[]>();
  for (const record of book.cases) {
    for (const penalty of record.data.penalties ?? []) {
      if (penalty.target) pushTo(byTarget, penalty.target, { record, penalty });
      if (penalty.person) pushTo(byPerson, penalty.person, { record, penalty });
      pushTo(byAuthority, penalty.authority, { record, penalty });
    }
  }
  for (const list of [...byTarget.values(), ...byPerson.values(), ...byAuthority.values()]) list.sort(newestFirst);
  return { byTarget, byPerson, byAuthority };
});

export interface PenaltyList {
  list: PenaltyInCase[];
  /** Fines as imposed, per currency. */
  imposed: MoneyTotal[];
  /** Fines as they stand now (annulled and withdrawn ones out, reduced ones at their new amount), per currency. */
  standing: MoneyTotal[];
}

function penaltyList(list: PenaltyInCase[]): PenaltyList {
  const penalties = list.map((x) => x.penalty);
  return { list, imposed: totalsByCurrency(penalties), standing: totalsByCurrency(penalties.map(standingAmount)) };
}

/** Penalties a firm received, newest first, with totals per currency. */
export function penaltiesOnFirm(book: Casebook, firmId: string): PenaltyList {
  return penaltyList(penaltyIndex(book).byTarget.get(firmId) ?? []);
}

/** Penalties on a person, newest first, with totals per currency. */
export function penaltiesOnPerson(book: Casebook, personId: string): PenaltyList {
  return penaltyList(penaltyIndex(book).byPerson.get(personId) ?? []);
}

/** Penalties a regulator imposed, newest first, with totals per currency. */
export function penaltiesByAuthority(book: Casebook, regulatorId: string): PenaltyList {
  return penaltyList(penaltyIndex(book).byAuthority.get(regulatorId) ?? []);
}

/** Which of a case's penalties a list counts: all, those by one authority, those on one firm. */
export type PenaltyScope = { authority: string } | { target: string } | undefined;

export function inScope(penalty: Penalty, scope: PenaltyScope): boolean {
  if (!scope) return true;
  return 'authority' in scope ? penalty.authority === scope.authority : penalty.target === scope.target;
}

/** A fine, for every count and total: a penalty with an amount in a currency (whatever its kind). */
export const isFine = (penalty: Penalty) => penalty.amount !== undefined && penalty.currency !== undefined;

/** A case's fines in a scope: how many, and their sums per currency as imposed and as they stand. */
export function caseFines(record: CaseRecord, scope?: PenaltyScope) {
  const fines = (record.data.penalties ?? []).filter((p) => isFine(p) && inScope(p, scope));
  return { count: fines.length, imposed: totalsByCurrency(fines), standing: totalsByCurrency(fines.map(standingAmount)) };
}

/** A penalty's standing steps, oldest first (same date: as written). */
export function standingSteps(penalty: Penalty): Standing[] {
  return (penalty.standing ?? []).map((step, order) => ({ step, order }))
    .sort((a, b) => comparePartialDates(a.step.date, b.step.date) || a.order - b.order)
    .map(({ step }) => step);
}

/** The newest standing step, which says where the penalty stands now; undefined when none is recorded. */
export function latestStep(penalty: Penalty): Standing | undefined {
  return standingSteps(penalty).at(-1);
}

/** Where a penalty stands now: its newest standing step, or `imposed` when none is recorded. */
export function currentStanding(penalty: Penalty): Standing['standing'] {
  return latestStep(penalty)?.standing ?? 'imposed';
}

/** Challenged or revisited: some step after the decision is recorded (an appeal, a stay, a ruling, a withdrawal). */
export function isChallenged(penalty: Penalty): boolean {
  return standingSteps(penalty).some((step) => step.standing !== 'imposed');
}

/** Where a case's fines stand now, each standing once, in the vocabulary's order (imposed, under appeal, …, withdrawn). */
export function fineStandings(record: CaseRecord, scope?: PenaltyScope): Standing['standing'][] {
  const present = new Set((record.data.penalties ?? []).filter((p) => isFine(p) && inScope(p, scope)).map(currentStanding));
  return STANDINGS.filter((standing) => present.has(standing));
}

/**
 * The part of a fine that stands now: nothing once annulled or withdrawn, the new amount once
 * reduced. A penalty without an amount (an order, a warning) has none standing either.
 */
export function standingAmount(penalty: Penalty): { amount?: number; currency?: string } {
  if (penalty.amount === undefined) return { amount: undefined, currency: penalty.currency };
  let amount = penalty.amount;
  for (const step of standingSteps(penalty)) {
    if (step.standing === 'annulled' || step.standing === 'withdrawn') amount = 0;
    else if (step.standing === 'reduced' && step.amount !== undefined) amount = step.amount;
    else if (step.standing === 'upheld' && amount === 0) amount = penalty.amount;
  }
  return { amount, currency: penalty.currency };
}
