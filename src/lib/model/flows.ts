/** Data flows by jurisdiction: where a country's data went and where its data came from. */
import type { Casebook } from './casebook.ts';
import { unique } from './lists.ts';

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

/** A jurisdiction's outbound and inbound flows, by the other end, most cases first. */
export function jurisdictionFlows(book: Casebook, code: string) {
  const outbound = new Map<string, FlowTotal>();
  const inbound = new Map<string, FlowTotal>();
  for (const record of book.cases) {
    for (const flow of record.data.flows) {
      if (flow.from === code) addFlow(outbound, flow.to, record.id, flow.records, flow.people);
      if (flow.to === code) addFlow(inbound, flow.from, record.id, flow.records, flow.people);
    }
  }
  const byCases = (a: FlowTotal, b: FlowTotal) => b.cases.length - a.cases.length || a.code.localeCompare(b.code, 'en');
  return { outbound: [...outbound.values()].sort(byCases), inbound: [...inbound.values()].sort(byCases) };
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
