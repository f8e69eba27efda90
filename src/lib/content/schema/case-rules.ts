/**
 * Rules of a case that span several fields of the same file. They read the
 * frontmatter defensively, so they still run (and report) when other fields
 * of the file are broken: one run shows every problem. `checkCaseRules` are the
 * contract's (errors, run by the schema); `checkCaseWarnings` flag what is valid
 * but often a slip, and never stop a build.
 */
import { isCertainlyBefore, parsePartialDate } from '../../model/dates.ts';

export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const dateOf = (value: unknown): string | undefined => {
  const parsed = parsePartialDate(value);
  return parsed.ok ? parsed.value : undefined;
};

/** Each array entry keeps its index in the file, so messages point at `flows[2]`, not at a filtered copy. */
function entries(data: Loose, field: string): [Loose, number][] {
  const list = data[field];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isObject(item) ? [[item, index] as [Loose, number]] : []));
}

export function checkCaseRules(data: unknown): RuleIssue[] {
  if (!isObject(data)) return [];
  const issues: RuleIssue[] = [];
  const fail = (path: (string | number)[], message: string) => issues.push({ path, message });

  const reported = dateOf(data.reported);
  const updated = dateOf(data.updated);
  if (reported && updated && isCertainlyBefore(updated, reported)) {
    fail(['updated'], `expected a date on or after reported (${reported}), got ${updated}`);
  }

  for (const [flow, i] of entries(data, 'flows')) {
    if (typeof flow.from === 'string' && flow.from === flow.to) {
      fail(['flows', i, 'to'], `expected a jurisdiction other than from (${flow.from})`);
    }
    const since = dateOf(flow.since);
    const until = dateOf(flow.until);
    if (since && until && isCertainlyBefore(until, since)) {
      fail(['flows', i, 'until'], `expected a date on or after since (${since}), got ${until}`);
    }
  }

  const sourceIds = new Set<string>();
  for (const [source, i] of entries(data, 'sources')) {
    if (typeof source.id !== 'string') continue;
    if (sourceIds.has(source.id)) fail(['sources', i, 'id'], `duplicate source id "${source.id}"`);
    sourceIds.add(source.id);
  }
  const checkSource = (path: (string | number)[], id: unknown) => {
    if (typeof id === 'string' && !sourceIds.has(id)) {
      fail(path, `unknown source "${id}": expected one of the ids under sources (${[...sourceIds].join(', ') || 'none'})`);
    }
  };

  for (const [event, i] of entries(data, 'timeline')) {
    asArray(event.sources).forEach((id, j) => checkSource(['timeline', i, 'sources', j], id));
  }
  for (const [quote, i] of entries(data, 'quotes')) checkSource(['quotes', i, 'source'], quote.source);
  const checkSpeaker = (path: (string | number)[], by: unknown) => {
    if (!isObject(by)) return;
    const speakers = ['firm', 'regulator', 'person'].filter((key) => by[key] !== undefined);
    if (speakers.length !== 1) {
      fail(path, `expected exactly one of firm, regulator or person, got ${speakers.length ? speakers.join(' and ') : 'none'}`);
    }
  };
  for (const [position, i] of entries(data, 'positions')) {
    checkSource(['positions', i, 'source'], position.source);
    checkSpeaker(['positions', i, 'by'], position.by);
  }
  for (const [flow, i] of entries(data, 'flows')) {
    for (const [step, j] of entries(flow, 'established')) {
      checkSource(['flows', i, 'established', j, 'source'], step.source);
      checkSpeaker(['flows', i, 'established', j, 'by'], step.by);
    }
  }
  for (const [penalty, i] of entries(data, 'penalties')) {
    checkSource(['penalties', i, 'source'], penalty.source);
    if (penalty.target === undefined && penalty.person === undefined) {
      fail(['penalties', i, 'target'], 'expected a target firm id (or a person id) for the penalty');
    }
    if (penalty.kind === 'fine' && penalty.amount === undefined) {
      fail(['penalties', i, 'amount'], 'expected an amount: a fine needs one');
    }
    if (penalty.amount !== undefined && penalty.currency === undefined) {
      fail(['penalties', i, 'currency'], 'expected an ISO 4217 currency with the amount');
    }
    const imposed = dateOf(penalty.date);
    for (const [step, j] of entries(penalty, 'standing')) {
      checkSource(['penalties', i, 'standing', j, 'source'], step.source);
      const date = dateOf(step.date);
      if (imposed && date && isCertainlyBefore(date, imposed)) {
        fail(['penalties', i, 'standing', j, 'date'], `expected a date on or after the penalty's date (${imposed}), got ${date}`);
      }
      if (step.amount !== undefined && step.standing !== 'reduced') {
        fail(['penalties', i, 'standing', j, 'amount'], 'expected an amount only on a "reduced" step');
      }
    }
  }
  return issues;
}

/** Valid by the contract, worth a second look: printed as warnings, the file is published. */
export function checkCaseWarnings(data: unknown): RuleIssue[] {
  if (!isObject(data)) return [];
  const issues: RuleIssue[] = [];
  for (const [flow, i] of entries(data, 'flows')) {
    // A branch sending data to its head office abroad is one firm on both ends (issue 15); so is a copy-paste slip.
    if (typeof flow.exporter === 'string' && flow.exporter === flow.importer) {
      issues.push({
        path: ['flows', i, 'importer'],
        message: `same firm as the exporter ("${flow.exporter}"): right for a transfer inside one firm (a branch to its head office), otherwise check the importer`,
      });
    }
  }
  for (const [provision, i] of entries(data, 'provisions')) {
    // YAML reads `article: 5.10` as the number 5.1: the article is no longer as cited.
    if (typeof provision.article === 'number' && !Number.isInteger(provision.article)) {
      issues.push({
        path: ['provisions', i, 'article'],
        message: `read as the number ${provision.article}: YAML drops a trailing zero (5.10 becomes 5.1), so quote the article as cited`,
      });
    }
  }
  return issues;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
