/** Related cases: the case's own `related` list first, then others ranked by what they share. */
import type { Casebook, CaseRecord } from './casebook.ts';
import { pushTo, unique } from './lists.ts';
import { memoized } from './memoized.ts';

/** What a case shares with others, by weight: firms 3, regulators 2, destination jurisdictions and laws 1. */
const RELATED_WEIGHTS = { firm: 3, regulator: 2, to: 1, law: 1 } as const;

/**
 * Feature → the cases that have it (an inverted index), built once per build. Cases are numbered
 * by their place in the Casebook and ranked by id, so scoring works on numbers: at 10,000 cases a
 * case shares a destination or a regulator with thousands of others, and scoring them by id
 * strings was most of a case page's cost.
 */
const caseFeatures = memoized((book: Casebook) => {
  const place = new Map(book.cases.map((record, at) => [record.id, at]));
  const rank = new Int32Array(book.cases.length);
  [...book.cases.keys()]
    .sort((a, b) => book.cases[a].id.localeCompare(book.cases[b].id, 'en'))
    .forEach((at, order) => (rank[at] = order));
  const members = new Map<string, number[]>();
  const featuresOf = book.cases.map((record, at) => {
    const { data } = record;
    const features = unique([
      ...data.parties.map((p) => `firm:${p.firm}`),
      ...(data.regulators ?? []).map((r) => `regulator:${r.regulator}`),
      ...data.flows.map((f) => `to:${f.to}`),
      ...(data.provisions ?? []).map((p) => `law:${p.law}`),
    ]);
    for (const feature of features) pushTo(members, feature, at);
    return features;
  });
  const shared = featuresOf.map((features) =>
    features.map((feature) => ({ weight: RELATED_WEIGHTS[feature.slice(0, feature.indexOf(':')) as keyof typeof RELATED_WEIGHTS], cases: members.get(feature)! })));
  return { place, rank, shared, scores: new Int32Array(book.cases.length), ranked: new Map<string, Related[]>() };
});

export interface Related {
  record: CaseRecord;
  score: number;
  explicit: boolean;
}

/**
 * Related cases, best first: the case's own `related` list, then others ranked by
 * what they share: firms (3 each), regulators (2), destination jurisdictions and laws (1);
 * ties by id. Ranked once per build: a case page's key and its render both ask (views/page-key.ts).
 */
export function relatedCases(book: Casebook, caseId: string, limit = 5): Related[] {
  const features = caseFeatures(book);
  const key = `${caseId}\u0000${limit}`;
  let related = features.ranked.get(key);
  if (!related) features.ranked.set(key, (related = rankRelated(book, features, caseId, limit)));
  return related;
}

function rankRelated(book: Casebook, { place, rank, shared, scores }: ReturnType<typeof caseFeatures>, caseId: string, limit: number): Related[] {
  const self = place.get(caseId);
  if (self === undefined || limit <= 0) return [];
  const touched: number[] = [];
  for (const { weight, cases } of shared[self]) {
    for (const other of cases) {
      if (other === self) continue;
      if (scores[other] === 0) touched.push(other);
      scores[other] += weight;
    }
  }
  const explicit = new Set((book.cases[self].data.related ?? []).filter((id) => id !== caseId && place.has(id)).map((id) => place.get(id)!));
  // The best `limit`, kept in order as candidates come (no sort of thousands for five).
  const best: number[] = [];
  const before = (a: number, b: number) =>
    Number(explicit.has(b)) - Number(explicit.has(a)) || scores[b] - scores[a] || rank[a] - rank[b];
  const consider = (candidate: number) => {
    if (best.length === limit && before(candidate, best[limit - 1]) >= 0) return;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  };
  for (const candidate of explicit) consider(candidate);
  for (const candidate of touched) if (!explicit.has(candidate)) consider(candidate);
  const result = best.map((at) => ({ record: book.cases[at], score: scores[at], explicit: explicit.has(at) }));
  for (const other of touched) scores[other] = 0;
  return result;
}
