/** The link check's report: results grouped by case and source, a summary of counts, as text or JSON. */
import type { LinkKind, LinkResult } from './check-link.ts';
import type { LinkField, SourceLink } from './links.ts';

/** In the order the summary lists them. */
export const LINK_KINDS: readonly LinkKind[] = ['ok', 'redirected', 'broken', 'refused', 'server-error', 'timeout', 'network'];

export const KIND_LABELS: Record<LinkKind, string> = {
  ok: 'OK',
  redirected: 'redirected',
  broken: 'broken',
  refused: 'refused',
  'server-error': 'server error',
  timeout: 'timeout',
  network: 'DNS or connection error',
};

/**
 * What `--strict` fails on: the address does not lead to the page. A redirect still does;
 * a refusal (401/403/429) usually means a robot was turned away from a page that is there.
 */
export const BROKEN_KINDS: ReadonlySet<LinkKind> = new Set(['broken', 'server-error', 'timeout', 'network']);

export interface CheckSettings {
  concurrency: number;
  delayMs: number;
  timeoutMs: number;
}

export interface ReportLink extends LinkResult {
  field: LinkField;
}

export interface SourcesReport {
  contentDir: string;
  settings: CheckSettings;
  summary: { addresses: number; unique: number } & Record<LinkKind, number>;
  cases: { id: string; sources: { id: string; links: ReportLink[] }[] }[];
}

export function buildReport(links: readonly SourceLink[], results: ReadonlyMap<string, LinkResult>, contentDir: string, settings: CheckSettings): SourcesReport {
  const summary = { addresses: links.length, unique: new Set(links.map((l) => l.url)).size, ...Object.fromEntries(LINK_KINDS.map((k) => [k, 0])) } as SourcesReport['summary'];
  const cases: SourcesReport['cases'] = [];
  for (const link of links) {
    const result = results.get(link.url);
    if (!result) throw new Error(`no result for ${link.url}`);
    summary[result.kind]++;
    let entry = cases.at(-1);
    if (entry?.id !== link.caseId) cases.push((entry = { id: link.caseId, sources: [] }));
    let source = entry.sources.at(-1);
    if (source?.id !== link.sourceId) entry.sources.push((source = { id: link.sourceId, links: [] }));
    source.links.push({ field: link.field, ...result });
  }
  return { contentDir, settings, summary, cases };
}

/** Whether `--strict` exits non-zero. */
export function hasBroken(report: SourcesReport): boolean {
  return [...BROKEN_KINDS].some((kind) => report.summary[kind] > 0);
}

const seconds = (ms: number) => `${ms / 1000} s`;

/** "redirected", "broken 404", "timeout: no answer in 15 s": what a reader clicking the address meets. */
export function verdict(link: LinkResult): string {
  const label = KIND_LABELS[link.kind];
  if (link.kind === 'timeout' || link.kind === 'network') return `${label}: ${link.detail}`;
  if (link.kind === 'redirected') return label;
  const status = link.status === undefined ? '' : ` ${link.status}`;
  const via = link.chain.length === 1 && link.chain[0].method === 'GET' ? ' (GET; HEAD refused)' : '';
  return `${label}${status}${link.detail ? `: ${link.detail}` : ''}${via}`;
}

/**
 * The redirects, one a line: "301 → https://b", and the final status at the end of the last
 * ("302 → https://c  200"). A hop that never answered ends its line with no status.
 */
export function chainLines(link: LinkResult): string[] {
  if (!link.final) return [];
  const targets = [...link.chain.slice(1).map((hop) => hop.url)];
  if (link.chain.at(-1)?.url !== link.final) targets.push(link.final);
  return targets.map((target, i) => {
    const answered = link.chain[i + 1];
    const end = i === targets.length - 1 && answered ? `  ${answered.status}${answered.method === 'GET' ? ' (GET)' : ''}` : '';
    return `${link.chain[i].status} → ${target}${end}`;
  });
}

export function summaryLine(summary: SourcesReport['summary']): string {
  const counts = LINK_KINDS.map((kind) => `${summary[kind]} ${KIND_LABELS[kind]}`).join(', ');
  return `Summary: ${counts} (${summary.addresses} addresses, ${summary.unique} unique)`;
}

export function formatReport(report: SourcesReport): string {
  const { settings, summary } = report;
  const lines = [
    `Sources of ${report.cases.length} case${report.cases.length === 1 ? '' : 's'} in ${report.contentDir}/: ${summary.addresses} addresses (${summary.unique} unique); ` +
      `${settings.concurrency} at once, ${seconds(settings.delayMs)} between requests to one host, ${seconds(settings.timeoutMs)} timeout.`,
  ];
  const width = Math.max(...['url', 'archived'].map((f) => f.length)) + 2;
  for (const entry of report.cases) {
    lines.push('', entry.id);
    for (const source of entry.sources) {
      lines.push(`  ${source.id}`);
      for (const link of source.links) {
        lines.push(`    ${link.field.padEnd(width)}${verdict(link)}  ${link.url}`);
        for (const line of chainLines(link)) lines.push(`    ${' '.repeat(width)}${line}`);
      }
    }
  }
  lines.push('', summaryLine(summary));
  return lines.join('\n');
}
