/**
 * Measurements for `npm run bench`: a build run with its wall time and the peak memory of its
 * whole process tree, sizes on disk, a case page's weight, and what a first search fetches.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { launchBrowser } from '../../../test/support/browser.ts';
import { searchSettled } from '../../../test/support/search-page.ts';
import { classifyFetch, isGzip, type FetchedFile, type PageWeight, type RunCpu, type RunMemory } from './report.ts';

const GNU_TIME = '/usr/bin/time';

/** GNU time is there (`apt-get install time`) and understands -v. */
export function hasGnuTime(): boolean {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr);
}

const CLK_TCK = (() => {
  const probe = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return Number(probe.stdout?.trim()) || 100;
})();

/** Busy and total CPU time of the whole machine so far, in ms (first line of /proc/stat). */
function machineCpu(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: (busy * 1000) / CLK_TCK, total: ((busy + idle + iowait) * 1000) / CLK_TCK };
}

/**
 * Waits until the machine is quiet (under 15% busy for 3 s running) or `maxMs` has passed:
 * on a shared machine other people's builds and browsers would otherwise be timed too.
 */
export async function waitForQuiet(maxMs: number): Promise<{ waitedMs: number; quiet: boolean }> {
  const started = performance.now();
  let calm = 0;
  let last = machineCpu();
  while (performance.now() - started < maxMs) {
    await new Promise((done) => setTimeout(done, 1000));
    const now = machineCpu();
    const busy = (now.busy - last.busy) / Math.max(1, now.total - last.total);
    last = now;
    calm = busy < 0.15 ? calm + 1 : 0;
    if (calm >= 3) return { waitedMs: performance.now() - started, quiet: true };
  }
  return { waitedMs: performance.now() - started, quiet: false };
}

interface ProcSample {
  pid: number;
  name: string;
  rss: number;
  hwm: number;
}

/** The pids below `root` (not root itself), from /proc/<pid>/task/<tid>/children. */
function descendants(root: number): number[] {
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // exited
    }
    for (const tid of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(/\s+/).filter(Boolean).map(Number)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** `node`, `pagefind_extended`, `esbuild`: the program, not the thread name (Node calls its main thread MainThread). */
function processName(pid: number, fallback: string): string {
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    return argv0 ? argv0.split('/').pop()! : fallback;
  } catch {
    return fallback;
  }
}

function readProc(pid: number): ProcSample | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { pid, name: processName(pid, /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?'), rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return undefined;
  }
}

export interface RunResult {
  code: number | null;
  wallMs: number;
  cpu: RunCpu;
  log: string;
  memory: RunMemory;
}

/**
 * Runs a command with its output to `logFile`. Memory: every `sampleMs` the RSS of every
 * process in the tree is summed (peak of the sum = peak tree RSS), and each process's own
 * high-water mark (VmHWM) is kept; GNU time, when present, adds the kernel's exact maximum
 * RSS of the largest single process.
 */
export async function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; sampleMs?: number }): Promise<RunResult> {
  const useTime = hasGnuTime();
  const timeFile = `${options.logFile}.time`;
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(options.logFile);
  const cpuBefore = machineCpu();
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  let peakTree = 0;
  let peakTreeParts: ProcSample[] = [];
  const hwmByPid = new Map<number, ProcSample>();
  const timeline = ['ms,tree_rss_bytes,by_process'];
  const sample = () => {
    if (child.pid === undefined) return;
    const pids = useTime ? descendants(child.pid) : [child.pid, ...descendants(child.pid)];
    const samples = pids.map(readProc).filter((s): s is ProcSample => s !== undefined);
    const sum = samples.reduce((total, s) => total + s.rss, 0);
    const byName = new Map<string, number>();
    for (const s of samples) byName.set(s.name, (byName.get(s.name) ?? 0) + s.rss);
    timeline.push(`${Math.round(performance.now() - started)},${sum},${[...byName].map(([name, rss]) => `${name}=${rss}`).join(' ')}`);
    if (sum > peakTree) {
      peakTree = sum;
      peakTreeParts = samples;
    }
    for (const s of samples) {
      if (s.hwm === 0) continue; // exited but not yet reaped: no memory, no name
      // The latest name wins: a child is a copy of node between fork and exec.
      hwmByPid.set(s.pid, { ...s, hwm: Math.max(s.hwm, hwmByPid.get(s.pid)?.hwm ?? 0) });
    }
  };
  const timer = setInterval(sample, options.sampleMs ?? 200);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  const cpuAfter = machineCpu();
  await new Promise<void>((done) => log.end(done));
  writeFileSync(`${options.logFile}.rss.csv`, `${timeline.join('\n')}\n`);

  let maxRssKernel: number | undefined;
  let buildCpuMs: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
    if (kb) maxRssKernel = Number(kb) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    if (user && system) buildCpuMs = (Number(user) + Number(system)) * 1000;
  }
  const machineMs = cpuAfter.busy - cpuBefore.busy;
  const cpu: RunCpu = { buildMs: buildCpuMs, machineMs, othersMs: buildCpuMs === undefined ? undefined : Math.max(0, machineMs - buildCpuMs), cpus: os.availableParallelism() };
  // Largest high-water mark per process name (node, pagefind, esbuild…).
  const byName: Record<string, number> = {};
  for (const s of hwmByPid.values()) byName[s.name] = Math.max(byName[s.name] ?? 0, s.hwm);
  const atPeak: Record<string, number> = {};
  for (const s of peakTreeParts) atPeak[s.name] = (atPeak[s.name] ?? 0) + s.rss;
  return {
    code,
    wallMs,
    cpu,
    log: readFileSync(options.logFile, 'utf8'),
    memory: { peakTreeRss: peakTree, atPeak, hwmByName: byName, maxRssKernel, method: useTime ? 'gnu-time+proc' : 'proc' },
  };
}

/** Bytes and files under a folder. */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

export const gzipSize = (data: Buffer | string) => gzipSync(data).length;

/** Stylesheets, scripts and module preloads a page links, as paths under the site. */
export function linkedAssets(html: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<(?:link|script)\b[^>]*>/gi) ?? []) {
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    const href = /\b(?:href|src)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (!href) continue;
    const isScript = /^<script/i.test(tag);
    if (isScript || rel === 'stylesheet' || rel === 'modulepreload') urls.add(href);
  }
  return [...urls];
}

/**
 * The modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`), as written: the browser fetches them before the script runs, and
 * Astro links none of them from the page. Dynamic `import()` is left out: it loads on demand.
 */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["']([^"']+)["']/g)) found.add(m[1]);
  return [...found];
}

/**
 * The weight of the median case page (by HTML size): its HTML plus every CSS and JS file it
 * links and every module those scripts import, raw and gzip (zlib level 6, what a static host's
 * gzip typically does), each file on its own.
 */
export async function casePageWeight(distDir: string, caseIds: string[], basePath = '/'): Promise<PageWeight> {
  // The median by gzip size, the measure the target is in: pages of nearly the same raw size differ
  // by up to ~0.8 KB gzipped, so a median by raw size moves with changes that shrink every page.
  const sized = await Promise.all(
    caseIds.map(async (id) => {
      const body = await readFile(join(distDir, 'cases', id, 'index.html'));
      return { id, size: body.length, gzip: gzipSize(body) };
    }),
  );
  sized.sort((a, b) => a.gzip - b.gzip || a.id.localeCompare(b.id, 'en'));
  const median = sized[Math.floor((sized.length - 1) / 2)];
  const pageUrl = `http://site${basePath}cases/${median.id}/`;
  const html = await readFile(join(distDir, 'cases', median.id, 'index.html'));
  const files: FetchedFile[] = [{ path: `/cases/${median.id}/`, kind: 'html', raw: html.length, gzip: gzipSize(html), compressed: false }];
  const queue = linkedAssets(html.toString('utf8')).map((url) => new URL(url, pageUrl));
  const seen = new Set<string>();
  for (let url = queue.shift(); url; url = queue.shift()) {
    if (seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const local = join(distDir, decodeURIComponent(url.pathname.slice(basePath.length - 1)));
    if (!existsSync(local) || !statSync(local).isFile()) throw new Error(`case page ${median.id} loads ${url.pathname}, which is not in ${distDir}`);
    const body = await readFile(local);
    files.push({ path: url.pathname, kind: classifyFetch(url.pathname), raw: body.length, gzip: gzipSize(body), compressed: isGzip(body) });
    if (url.pathname.endsWith('.js')) queue.push(...staticImports(body.toString('utf8')).map((spec) => new URL(spec, url)));
  }
  const htmlSizes = sized.map((s) => s.size);
  return { id: median.id, files, htmlMin: Math.min(...htmlSizes), htmlMax: Math.max(...htmlSizes) };
}

export interface SearchFetch {
  url: string;
  query: string;
  status: string;
  files: FetchedFile[];
  ms: number;
}

/**
 * Opens `/search/?q=<query>` in a fresh Chromium context against a static server over `distDir`,
 * waits for the results and for the network to go quiet, and returns every file the server sent.
 * Bytes are counted at the server (what crossed the wire, headers aside), so nothing a worker or
 * the browser's own instrumentation misses is left out.
 */
export async function firstSearchWeight(distDir: string, query: string): Promise<SearchFetch> {
  const served: { path: string; chunks: Buffer[] }[] = [];
  const handler = sirv(resolve(distDir), { dev: true, etag: false });
  const server = createServer((req, res) => {
    const record = { path: decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname), chunks: [] as Buffer[] };
    served.push(record);
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      record.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return (end as (...a: unknown[]) => typeof res)(chunk, ...rest);
    }) as typeof res.end;
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = `http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`;
    const started = performance.now();
    await page.goto(url);
    await searchSettled(page, 120_000);
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const status = (await page.locator('#search-status').textContent()) ?? '';
    await context.close();
    const files = served
      .filter((s) => s.path !== '/favicon.ico' || s.chunks.length > 0)
      .map(({ path, chunks }) => {
        const body = Buffer.concat(chunks);
        return { path, kind: classifyFetch(path), raw: body.length, gzip: gzipSize(body), compressed: isGzip(body) };
      });
    return { url: `/search/?q=${encodeURIComponent(query)}`, query, status, files, ms };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
