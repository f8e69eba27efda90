/**
 * The benchmark's figures and their Markdown: parsing Astro's build log, the results table,
 * the targets, and BENCHMARKS.md's generated block (kept between markers, merged by size).
 */

export interface FetchedFile {
  path: string;
  kind: string;
  raw: number;
  gzip: number;
  /** Already gzip-compressed on disk (Pagefind's index files): a host sends these as they are. */
  compressed: boolean;
  /** Several files of one kind summed into one row (stored results stay small); 1 when absent. */
  requests?: number;
}

export interface PageWeight {
  id: string;
  files: FetchedFile[];
  htmlMin: number;
  htmlMax: number;
}

export interface RunMemory {
  /** Peak of the summed RSS of every process in the build's tree, sampled. */
  peakTreeRss: number;
  /** Which processes made up that peak (RSS by process name). */
  atPeak: Record<string, number>;
  /** Highest VmHWM seen per process name. */
  hwmByName: Record<string, number>;
  /** GNU time's maximum RSS: exact, but of the largest single process, not the tree. */
  maxRssKernel?: number;
  method: string;
}

export interface RunCpu {
  /** User + system CPU time of the build's process tree (GNU time). */
  buildMs?: number;
  /** CPU time the whole machine spent busy during the build (/proc/stat). */
  machineMs: number;
  /** What other processes (other people's tests, the bench's sampler) took meanwhile: machine − build. */
  othersMs?: number;
  cpus: number;
}

export interface Phases {
  /** `[types] Generated`. */
  typesMs?: number;
  /** `Collecting build info` step. */
  collectMs?: number;
  /** Vite/Rolldown bundles (`[vite] ✓ built in`), summed. */
  bundleMs?: number;
  /** Rendering every page (`generating static routes` … `✓ Completed in`). */
  renderMs?: number;
  /** Pagefind (`indexed N pages in X ms`). */
  indexMs?: number;
  /** Pages Astro reports (`N page(s) built in`). */
  pages?: number;
  /** Astro's own total (`N page(s) built in`): from its build start, so without Node start-up and config loading. */
  astroTotalMs?: number;
  indexedPages?: number;
  /** The site's content loader: `N cases valid (R read, U unchanged) in S s`. */
  content?: { cases: number; read: number; unchanged: number; ms: number };
  /** Paths Astro rendered and paths it copied from the last build (its `(restored)` lines: incremental build). */
  paths?: { rendered: number; restored: number };
  /** The case-files integration: `N case files and data/cases.json written in X ms`. */
  caseFiles?: { files: number; ms: number };
  /** The cite boxes made on worker threads beside bundling and rendering: `N cite boxes made beside the build in S s`. */
  citeBoxes?: { cases: number; ms: number };
}

/** A step of a run measured on its own (the site's `astro build`, then its index). */
export interface StepRun {
  wallMs: number;
  peakTreeRss: number;
  maxRssKernel?: number;
}

export interface SiteRun {
  wallMs: number;
  cpu?: RunCpu;
  /** How long the bench waited for the machine to go quiet first, and whether it did. */
  settle?: { waitedMs: number; quiet: boolean };
  phases: Phases;
  memory: RunMemory;
  /** The site: `astro build` and the index step, each measured alone. */
  steps?: StepRun[];
  dist: { bytes: number; files: number };
  pagefind: { bytes: number; files: number };
  casePage: PageWeight;
}

export interface SearchRun {
  query: string;
  url?: string;
  /** Cases whose text contains the query word. */
  casesWithTerm: number;
  status: string;
  files: FetchedFile[];
  ms: number;
}

export interface Machine {
  cpus: number;
  memoryBytes: number;
  cpuModel: string;
  node: string;
  os: string;
  astro?: string;
  pagefind?: string;
}

export interface SizeResult {
  cases: number;
  seed: number;
  date: string;
  machine: Machine;
  /** V8 heap limit given to the builds (--max-old-space-size), when not Node's default. */
  heapMb?: number;
  entities: { firms: number; regulators: number; people: number; laws: number; aliases: number };
  words: { min: number; median: number; max: number };
  contentBytes: number;
  validateMs: number;
  real: SiteRun;
  /** The site rebuilt after one case's narrative was edited, caches kept. */
  warm?: SiteRun;
  /** The bare pages as MDX modules (Astro's glob loader). */
  floor?: SiteRun;
  /** The same bare pages read by a data-first loader (renderMarkdown, digests). */
  dataFloor?: SiteRun;
  search?: SearchRun;
}

export interface BenchData {
  results: SizeResult[];
}

/** Astro's and Vite's durations: `849ms`, `2.35s`, `1m 25s`. */
const DURATION = String.raw`(\d+m \d+s|[\d.]+\s*m?s)`;
export function durationMs(text: string): number | undefined {
  const minutes = /(\d+)m (\d+)s/.exec(text);
  if (minutes) return Number(minutes[1]) * 60_000 + Number(minutes[2]) * 1000;
  const m = /([\d.]+)\s*(ms|s)\b/.exec(text);
  if (!m) return undefined;
  return m[2] === 'ms' ? Number(m[1]) : Number(m[1]) * 1000;
}
const seconds = durationMs;

/** Strips ANSI colours, so the log parses the same with or without a terminal. */
export const plain = (log: string) => log.replace(/\u001b\[[0-9;]*m/g, '');

/** The phases Astro and the Pagefind integration log. */
export function parseBuildLog(raw: string): Phases {
  const log = plain(raw);
  const phases: Phases = {};
  const indexed = /indexed (\d+) pages in (\d+) ms/.exec(log);
  if (indexed) {
    phases.indexedPages = Number(indexed[1]);
    phases.indexMs = Number(indexed[2]);
  }
  const types = new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(log);
  if (types) phases.typesMs = seconds(types[1]);
  const collect = new RegExp(String.raw`Collecting build info\.\.\.[\s\S]*?✓ Completed in ${DURATION}`).exec(log);
  if (collect) phases.collectMs = seconds(collect[1]);
  const bundles = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].map((m) => seconds(m[1]) ?? 0);
  if (bundles.length) phases.bundleMs = bundles.reduce((a, b) => a + b, 0);
  const render = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`).exec(log);
  if (render) phases.renderMs = seconds(render[1]);
  const content = /(\d+) cases valid \((\d+) read, (\d+) unchanged\) in ([\d.]+) s/.exec(log);
  if (content) phases.content = { cases: Number(content[1]), read: Number(content[2]), unchanged: Number(content[3]), ms: Number(content[4]) * 1000 };
  // Astro renders several pages at once (astro.config.mjs build.concurrency) and prints a path
  // when it starts it and its time when it ends, so a rendered path's time may be on another line:
  // every path is counted, and those copied from the last build (one line each) are taken off.
  const paths = log.match(/[├└]─ \//g)?.length ?? 0;
  const restored = log.match(/[├└]─ \S+\s+\(restored\)/g)?.length ?? 0;
  if (paths > 0) phases.paths = { rendered: paths - restored, restored };
  const caseFiles = /(\d+) case files (?:and \S+ )?written in (\d+) ms/.exec(log);
  if (caseFiles) phases.caseFiles = { files: Number(caseFiles[1]), ms: Number(caseFiles[2]) };
  const citeBoxes = /(\d+) cite boxes made beside the build in ([\d.]+) s/.exec(log);
  if (citeBoxes) phases.citeBoxes = { cases: Number(citeBoxes[1]), ms: Number(citeBoxes[2]) * 1000 };
  const pages = new RegExp(String.raw`(\d+) page\(s\) built in ${DURATION}`).exec(log);
  if (pages) {
    phases.pages = Number(pages[1]);
    phases.astroTotalMs = seconds(pages[2]);
  }
  return phases;
}

/** What a fetched file is, by its path. */
export function classifyFetch(path: string): string {
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (/\.pf_fragment$/.test(path)) return 'pagefind fragments';
  if (/\.pf_index$/.test(path)) return 'pagefind index chunks';
  if (/\.pf_filter$/.test(path)) return 'pagefind filters';
  if (/\.pf_meta$/.test(path)) return 'pagefind metadata';
  if (/\.pagefind$/.test(path)) return 'pagefind wasm';
  if (/\/pagefind\/[^/]*\.js$/.test(path)) return 'pagefind js';
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.json')) return 'json';
  return 'other';
}

export const isGzip = (body: Uint8Array) => body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;

/** What a static host with gzip sends: text gzipped, already-compressed files as they are. */
export const gzipEquivalent = (f: FetchedFile) => (f.compressed ? f.raw : Math.min(f.raw, f.gzip));

export function totals(files: FetchedFile[]) {
  return {
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + gzipEquivalent(f), 0),
    requests: files.reduce((s, f) => s + (f.requests ?? 1), 0),
  };
}

/** One row per kind of file (and compression), for storing: 50 fragments become one row of 50 requests. */
export function compactFiles(files: FetchedFile[]): FetchedFile[] {
  const rows = new Map<string, FetchedFile>();
  for (const f of files) {
    const key = `${f.kind}|${f.compressed}`;
    const row = rows.get(key) ?? { path: '', kind: f.kind, raw: 0, gzip: 0, compressed: f.compressed, requests: 0 };
    row.raw += f.raw;
    row.gzip += gzipEquivalent(f);
    row.requests = (row.requests ?? 0) + (f.requests ?? 1);
    row.path = row.requests === 1 ? f.path : `${row.requests} × ${f.kind}`;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Per kind: requests, raw and gzip-equivalent bytes, largest first. */
export function byKind(files: FetchedFile[]) {
  const kinds = new Map<string, FetchedFile[]>();
  for (const f of files) kinds.set(f.kind, [...(kinds.get(f.kind) ?? []), f]);
  return [...kinds].map(([kind, list]) => ({ kind, ...totals(list) })).sort((a, b) => b.gzip - a.gzip);
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

export const kb = (bytes: number) => (bytes < 10_240 ? `${(bytes / 1024).toFixed(1)} KB` : `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`);
export const mb = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(bytes < 100 * 1024 ** 2 ? 1 : 0)} MB`);
export const secs = (ms: number | undefined) => (ms === undefined ? '—' : ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : ms < 180_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(0)} s (${(ms / 60_000).toFixed(1)} min)`);
const count = (n: number) => n.toLocaleString('en-US');
const ratio = (a: number, b: number | undefined) => (b ? ` (${(a / b).toFixed(2)}×)` : '');

/** Keeps earlier results for sizes not run this time; a size run again replaces its old row. */
export function mergeResults(previous: SizeResult[], current: SizeResult[]): SizeResult[] {
  const bySize = new Map(previous.map((r) => [r.cases, r]));
  for (const r of current) bySize.set(r.cases, r);
  return [...bySize.values()].sort((a, b) => a.cases - b.cases);
}

/** CPU that other processes used while the build ran, as a share of the machine: high means the times are inflated. */
function contention(run: SiteRun): string {
  if (run.cpu?.othersMs === undefined) return '—';
  const share = run.cpu.othersMs / (run.wallMs * run.cpu.cpus);
  return `${secs(run.cpu.othersMs)} (${Math.round(share * 100)}% of the machine)${run.settle && !run.settle.quiet ? ', machine never quiet' : ''}`;
}

function pageTotals(run: SiteRun) {
  return totals(run.casePage.files);
}

/** The results table: one column per size, "real / floor (ratio)" where the floor ran. */
export function renderTable(results: SizeResult[]): string {
  const sorted = [...results].sort((a, b) => a.cases - b.cases);
  const head = ['', ...sorted.map((r) => `${count(r.cases)} cases`)];
  const row = (label: string, cell: (r: SizeResult) => string) => [label, ...sorted.map(cell)];
  const pair = (real: string, floor: string | undefined, realN: number, floorN: number | undefined) =>
    floor === undefined ? real : `${real} / ${floor}${ratio(realN, floorN)}`;
  const rows = [
    row('Node heap limit for the builds', (r) => (r.heapMb ? `${r.heapMb.toLocaleString('en-US')} MB (--heap)` : 'default (~4 GB)')),
    row('Pages built (site / floor)', (r) => pair(count(r.real.phases.pages ?? 0), r.floor ? count(r.floor.phases.pages ?? 0) : undefined, 0, undefined)),
    row('**Build + index, wall** (site / MDX floor)', (r) => pair(`**${secs(r.real.wallMs)}**`, r.floor ? secs(r.floor.wallMs) : undefined, r.real.wallMs, r.floor?.wallMs)),
    row('… the data floor (same bare pages, data-first loader); site ÷ data floor', (r) => (r.dataFloor ? `${secs(r.dataFloor.wallMs)}${ratio(r.real.wallMs, r.dataFloor.wallMs)}` : '—')),
    row('**Warm rebuild**, one case edited, caches kept (÷ cold; cases read; paths rendered and copied)', (r) => (r.warm ? `**${secs(r.warm.wallMs)}**${ratio(r.warm.wallMs, r.real.wallMs)}; ${r.warm.phases.content ? `${count(r.warm.phases.content.read)} read, ${count(r.warm.phases.content.unchanged)} unchanged` : '—'}${r.warm.phases.paths ? `; ${count(r.warm.phases.paths.rendered)} paths rendered, ${count(r.warm.phases.paths.restored)} copied` : ''}` : '—')),
    row('… site: content step (read, validate, render every changed case)', (r) => (r.real.phases.content ? `${secs(r.real.phases.content.ms)} cold / ${r.warm?.phases.content ? secs(r.warm.phases.content.ms) : '—'} warm` : '—')),
    row('… site: cite boxes made on worker threads beside bundling and rendering (cold)', (r) => (r.real.phases.citeBoxes ? `${count(r.real.phases.citeBoxes.cases)} in ${secs(r.real.phases.citeBoxes.ms)}` : 'none (fewer changed cases than the worker threshold: made in the content step)')),
    row('… Pagefind indexing (log line)', (r) => pair(secs(r.real.phases.indexMs), r.floor ? secs(r.floor.phases.indexMs) : undefined, r.real.phases.indexMs ?? 0, r.floor?.phases.indexMs)),
    row('… build without indexing', (r) => pair(secs(r.real.wallMs - (r.real.phases.indexMs ?? 0)), r.floor ? secs(r.floor.wallMs - (r.floor.phases.indexMs ?? 0)) : undefined, r.real.wallMs - (r.real.phases.indexMs ?? 0), r.floor ? r.floor.wallMs - (r.floor.phases.indexMs ?? 0) : undefined)),
    row('… site: render pages / bundle / types', (r) => `${secs(r.real.phases.renderMs)} / ${secs(r.real.phases.bundleMs)} / ${secs(r.real.phases.typesMs)}`),
    row('… site: start-up, content sync, writing (rest)', (r) => secs(r.real.wallMs - (r.real.phases.indexMs ?? 0) - (r.real.phases.renderMs ?? 0) - (r.real.phases.bundleMs ?? 0) - (r.real.phases.typesMs ?? 0))),
    row('`validateContent` alone (in the bench process)', (r) => secs(r.validateMs)),
    row('CPU time of the build tree, user+sys (site / floor)', (r) => pair(secs(r.real.cpu?.buildMs), r.floor ? secs(r.floor.cpu?.buildMs) : undefined, r.real.cpu?.buildMs ?? 0, r.floor?.cpu?.buildMs)),
    row('Other processes’ CPU during the build (site / floor)', (r) => pair(contention(r.real), r.floor ? contention(r.floor) : undefined, 0, undefined)),
    row('**Peak RSS, build process tree** (site / floor)', (r) => pair(`**${mb(r.real.memory.peakTreeRss)}**`, r.floor ? mb(r.floor.memory.peakTreeRss) : undefined, r.real.memory.peakTreeRss, r.floor?.memory.peakTreeRss)),
    row('… build step / index step, each alone (site)', (r) => (r.real.steps ? r.real.steps.map((step) => `${mb(step.peakTreeRss)} (largest process ${step.maxRssKernel ? mb(step.maxRssKernel) : '—'})`).join(' / ') : '—')),
    row('… largest process, kernel max RSS (site)', (r) => (r.real.memory.maxRssKernel ? mb(r.real.memory.maxRssKernel) : '—')),
    row('… at the peak, by process (site)', (r) => Object.entries(r.real.memory.atPeak).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, bytes]) => `${name} ${mb(bytes)}`).join(', ')),
    row('… each process’s own peak (site)', (r) => Object.entries(r.real.memory.hwmByName).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, bytes]) => `${name} ${mb(bytes)}`).join(', ')),
    row('… data floor peak RSS', (r) => (r.dataFloor ? mb(r.dataFloor.memory.peakTreeRss) : '—')),
    row('dist/ size (site / floor)', (r) => pair(mb(r.real.dist.bytes), r.floor ? mb(r.floor.dist.bytes) : undefined, r.real.dist.bytes, r.floor?.dist.bytes)),
    row('dist/pagefind (site / floor)', (r) => pair(`${mb(r.real.pagefind.bytes)} (${count(r.real.pagefind.files)} files)`, r.floor ? mb(r.floor.pagefind.bytes) : undefined, r.real.pagefind.bytes, r.floor?.pagefind.bytes)),
    row('**Median case page, HTML+CSS+JS, gzip** (raw)', (r) => `**${kb(pageTotals(r.real).gzip)}** (${kb(pageTotals(r.real).raw)}, ${pageTotals(r.real).requests} files)`),
    row('… floor page, gzip (raw)', (r) => (r.floor ? `${kb(pageTotals(r.floor).gzip)} (${kb(pageTotals(r.floor).raw)})` : '—')),
    row('**First search, fetched, gzip-equivalent** (raw)', (r) => (r.search ? `**${kb(totals(r.search.files).gzip)}** (${kb(totals(r.search.files).raw)}, ${totals(r.search.files).requests} requests)` : '—')),
    row('… query, cases containing it', (r) => (r.search ? `“${r.search.query}”, ${count(r.search.casesWithTerm)} of ${count(r.cases)}` : '—')),
    row('Content: entities (firms / regulators / people / laws)', (r) => `${count(r.entities.firms)} / ${count(r.entities.regulators)} / ${count(r.entities.people)} / ${count(r.entities.laws)}`),
    row('Content: narrative words (min / median / max), source size', (r) => `${r.words.min} / ${r.words.median} / ${r.words.max}, ${mb(r.contentBytes)}`),
  ];
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The first search broken down by kind of file. */
export function renderSearchBreakdown(result: SizeResult): string {
  if (!result.search) return '';
  const lines = byKind(result.search.files).map((k) => `| ${k.kind} | ${k.requests} | ${kb(k.raw)} | ${kb(k.gzip)} |`);
  const t = totals(result.search.files);
  return [
    `First search on ${count(result.cases)} cases (\`${result.search.url ?? `/search/?q=${result.search.query}`}\`, ${result.search.status.trim()}):`,
    '',
    '| kind | requests | raw | gzip-equivalent |',
    '|---|---|---|---|',
    ...lines,
    `| **total** | ${t.requests} | ${kb(t.raw)} | ${kb(t.gzip)} |`,
  ].join('\n');
}

/** The median case page broken down by file. */
export function renderPageBreakdown(result: SizeResult): string {
  const files = result.real.casePage.files.map((f) => `| \`${f.path}\` | ${kb(f.raw)} | ${kb(gzipEquivalent(f))} |`);
  return [
    `Median case page on ${count(result.cases)} cases (case pages range ${kb(result.real.casePage.htmlMin)}–${kb(result.real.casePage.htmlMax)} of HTML):`,
    '',
    '| file | raw | gzip |',
    '|---|---|---|',
    ...files,
  ].join('\n');
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | undefined;
}

export function checkTargets(results: SizeResult[]): TargetCheck[] {
  const at = (n: number) => results.find((r) => r.cases === n);
  const r1k = at(1000);
  const r10k = at(10000);
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string | undefined, met: boolean | undefined) => checks.push({ target, measured: measured ?? 'not run', met });
  const over = (run: SiteRun | undefined, base: SiteRun | undefined) => run && base && `${(run.wallMs / base.wallMs).toFixed(2)}× (${secs(run.wallMs)} vs ${secs(base.wallMs)})`;
  add('1,000 cases built + indexed ≤ 20 s', r1k && secs(r1k.real.wallMs), r1k && r1k.real.wallMs <= 20_000);
  add('1,000 cases ≤ 1.5× the MDX floor', over(r1k?.real, r1k?.floor), r1k?.floor && r1k.real.wallMs <= 1.5 * r1k.floor.wallMs);
  add('1,000 cases ≤ 2× the data floor', over(r1k?.real, r1k?.dataFloor), r1k?.dataFloor && r1k.real.wallMs <= 2 * r1k.dataFloor.wallMs);
  add('Warm rebuild (one case edited, 1,000 cases) ≤ 0.4× the cold build', over(r1k?.warm, r1k?.real), r1k?.warm && r1k.warm.wallMs <= 0.4 * r1k.real.wallMs);
  add('10,000 cases ≤ 120 s', r10k && secs(r10k.real.wallMs), r10k && r10k.real.wallMs <= 120_000);
  const steps = (r: SizeResult | undefined) => r?.real.steps;
  add(
    'Peak RSS at 10,000 cases ≤ 3 GB, build step and index step each (whole tree)',
    steps(r10k) ? steps(r10k)!.map((step) => mb(step.peakTreeRss)).join(' / ') : r10k && mb(r10k.real.memory.peakTreeRss),
    r10k && (steps(r10k) ?? [{ peakTreeRss: r10k.real.memory.peakTreeRss }]).every((step) => step.peakTreeRss <= 3 * 1024 ** 3),
  );
  for (const r of [r1k, r10k]) {
    // Exact bytes beside the rounded figure: near the limit "15 KB" could mean either side of it.
    if (r) add(`Case page ≤ 15 KB gzip HTML+CSS+JS (${count(r.cases)} cases)`, `${(pageTotals(r.real).gzip / 1024).toFixed(1)} KB (${count(pageTotals(r.real).gzip)} B of ${count(15 * 1024)})`, pageTotals(r.real).gzip <= 15 * 1024);
  }
  add('First search ≤ 150 KB fetched, gzip (1,000 cases)', r1k?.search && kb(totals(r1k.search.files).gzip), r1k?.search && totals(r1k.search.files).gzip <= 150 * 1024);
  return checks;
}

export function renderTargets(results: SizeResult[]): string {
  const lines = checkTargets(results).map((c) => `| ${c.target} | ${c.measured} | ${c.met === undefined ? '—' : c.met ? 'met' : '**missed**'} |`);
  return ['| target | measured | |', '|---|---|---|', ...lines].join('\n');
}

export function renderMachines(results: SizeResult[]): string {
  const seen = new Map<string, number[]>();
  for (const r of results) {
    const m = r.machine;
    const line = `${m.cpus} CPUs (nproc), ${(m.memoryBytes / 1024 ** 3).toFixed(1)} GiB memory, ${m.cpuModel}, Node ${m.node}, ${m.os}; astro ${m.astro ?? '?'}, pagefind ${m.pagefind ?? '?'}`;
    seen.set(line, [...(seen.get(line) ?? []), r.cases]);
  }
  return [...seen].map(([line, sizes]) => `- ${line} (${sizes.map(count).join(', ')} cases; ${results.filter((r) => sizes.includes(r.cases)).map((r) => r.date.slice(0, 10)).filter((d, i, a) => a.indexOf(d) === i).join(', ')})`).join('\n');
}

export const MARK_START = '<!-- bench:start (generated by `npm run bench -- --write`; edits inside are overwritten) -->';
export const MARK_END = '<!-- bench:end -->';
const DATA_PREFIX = '<!-- bench:data ';

/** The generated block: tables, breakdowns, machine, and the raw figures as JSON for the next merge. */
export function renderBlock(results: SizeResult[]): string {
  const largestWithSearch = [...results].reverse().find((r) => r.search && r.cases === 1000) ?? [...results].reverse().find((r) => r.search);
  const pageOf = results.find((r) => r.cases === 1000) ?? results[results.length - 1];
  return [
    MARK_START,
    renderTable(results),
    '',
    '**Targets**',
    '',
    renderTargets(results),
    '',
    pageOf ? renderPageBreakdown(pageOf) : '',
    '',
    largestWithSearch ? renderSearchBreakdown(largestWithSearch) : '',
    '',
    '**Machine**',
    '',
    renderMachines(results),
    '',
    `${DATA_PREFIX}${JSON.stringify({ results } satisfies BenchData).replace(/--/g, '-\\u002d')} -->`,
    MARK_END,
  ].join('\n');
}

/** Results stored in an earlier block, if any. */
export function readBlockData(document: string): SizeResult[] {
  const start = document.indexOf(DATA_PREFIX);
  if (start < 0) return [];
  const end = document.indexOf(' -->', start);
  try {
    return (JSON.parse(document.slice(start + DATA_PREFIX.length, end)) as BenchData).results ?? [];
  } catch {
    return [];
  }
}

/** Replaces the block between the markers (or appends one). */
export function replaceBlock(document: string, block: string): string {
  const start = document.indexOf(MARK_START);
  const end = document.indexOf(MARK_END);
  if (start >= 0 && end > start) return document.slice(0, start) + block + document.slice(end + MARK_END.length);
  return `${document.replace(/\s*$/, '')}\n\n${block}\n`;
}
