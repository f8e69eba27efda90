/** Related cases: the case's own `related` list first, then others ranked by what they share. */
import type { Casebook, CaseRecord } from './casebook.ts';
import { casesById } from './casebook.ts';
import { pushTo, unique } from './lists.ts';
import { memoized } from './memoized.ts';

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
