/**
 * `npm run bench [-- --sizes 100,1000,10000] [--write]`: generates N synthetic, contract-valid
 * cases (seeded), checks them with the project's validator, builds and indexes them with the
 * site's own config and with a bare Astro "floor" (test/fixtures/floor-site), and reports build
 * and index time, peak memory of the build's process tree, output sizes, a median case page's
 * weight and what a first search fetches in Chromium. Not a test: it asserts nothing about speed.
 *
 * Options: --sizes a,b,c (default 100) · --seed n (default 1) · --query word (default consent)
 * · --write (update BENCHMARKS.md) · --no-floor · --no-search · --keep (keep content and dist/)
 * · --work dir (default bench-output/, git-ignored) · --settle s (wait up to s seconds, default 60, for the
 * machine to go quiet before each build: other processes' CPU use is recorded either way) · --heap MB (the
 * builds' V8 heap limit, --max-old-space-size; default: Node's own, about 4 GB here).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateContent, writeContent } from './bench/generate.ts';
import {
  compactFiles, median, mergeResults, parseBuildLog, plain, readBlockData, renderBlock, renderPageBreakdown, renderSearchBreakdown, renderTable,
  renderTargets, replaceBlock, type Machine, type SiteRun, type SizeResult,
} from './bench/report.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate-content.ts';
import { casePageWeight, firstSearchWeight, folderSize, hasGnuTime, runMeasured, waitForQuiet } from './bench/measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const FLOOR_ROOT = join(ROOT, 'test/fixtures/floor-site');
const INDEX_SITE = join(ROOT, 'src/cli/index-site.ts');
const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string', default: 'consent' },
    write: { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    work: { type: 'string', default: 'bench-output' },
    settle: { type: 'string', default: '60' },
    heap: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes expects whole numbers like 100,1000, got "${values.sizes}"`);
const seed = Number(values.seed);
const work = resolve(ROOT, values.work);

const say = (text: string) => process.stderr.write(`[bench] ${text}\n`);

function machine(): Machine {
  const version = (pkg: string) => {
    try {
      return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return undefined;
    }
  };
  return {
    cpus: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    astro: version('astro'),
    pagefind: version('pagefind'),
  };
}

/** The site's own astro.config.mjs, with caches of this run's own so every build is cold and isolated. */
async function writeSiteConfig(): Promise<string> {
  const file = join(work, 'astro.bench.config.mjs');
  await writeFile(
    file,
    [
      '// Written by `npm run bench`: the site\'s own config, with this run\'s own caches (cold, isolated builds).',
      `import base from ${JSON.stringify(pathToFileURL(join(ROOT, 'astro.config.mjs')).href)};`,
      'export default { ...base, cacheDir: process.env.BENCH_CACHE_DIR, vite: { ...(base.vite ?? {}), cacheDir: process.env.BENCH_VITE_CACHE_DIR } };',
      '',
    ].join('\n'),
  );
  return relative(ROOT, file); // astro resolves --config against the project root
}

type BuildKind = 'site' | 'floor' | 'data-floor';

/** One measured process tree; its log is appended to `<kind>-build.log` (memory timeline beside it). */
async function measured(kind: string, dir: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  return runMeasured(command, args, { cwd: ROOT, logFile: join(dir, `${kind}.log`), env });
}

function combine(runs: Awaited<ReturnType<typeof runMeasured>>[]) {
  const [first, ...rest] = runs;
  const sum = (pick: (r: (typeof runs)[number]) => number | undefined) => runs.every((r) => pick(r) !== undefined) ? runs.reduce((t, r) => t + pick(r)!, 0) : undefined;
  const peak = runs.reduce((best, r) => (r.memory.peakTreeRss > best.memory.peakTreeRss ? r : best), first);
  const hwmByName: Record<string, number> = {};
  for (const r of runs) for (const [name, bytes] of Object.entries(r.memory.hwmByName)) hwmByName[name] = Math.max(hwmByName[name] ?? 0, bytes);
  return {
    code: runs.find((r) => r.code !== 0)?.code ?? 0,
    wallMs: runs.reduce((t, r) => t + r.wallMs, 0),
    cpu: { buildMs: sum((r) => r.cpu.buildMs), machineMs: sum((r) => r.cpu.machineMs) ?? 0, othersMs: sum((r) => r.cpu.othersMs), cpus: first.cpu.cpus },
    log: runs.map((r) => r.log).join('\n'),
    memory: { ...peak.memory, hwmByName, maxRssKernel: Math.max(...runs.map((r) => r.memory.maxRssKernel ?? 0)) || undefined },
    ...(rest.length ? { steps: runs.map((r) => ({ wallMs: r.wallMs, peakTreeRss: r.memory.peakTreeRss, maxRssKernel: r.memory.maxRssKernel })) } : {}),
  };
}

/**
 * Builds one kind. The site builds as `npm run build` does, `astro build` and then the search
 * index in a process of its own, each measured on its own (times add up; memory is reported per
 * step and as the larger peak). The floors index inside their build, as a bare template with
 * Pagefind's integration would. `warm` keeps the caches of the previous build of this kind.
 */
async function build(kind: BuildKind, contentDir: string, dir: string, siteConfig: string, caseIds: string[], warm = false): Promise<SiteRun> {
  const outDir = join(dir, `${kind}-dist`);
  const cache = join(dir, `${kind}-cache`);
  if (!warm) {
    await rm(outDir, { recursive: true, force: true });
    await rm(cache, { recursive: true, force: true });
  }
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    CASEBOOK_CONTENT_DIR: contentDir,
    CASEBOOK_OUT_DIR: outDir,
    // Synthetic content, never published: a preview build, opted in so it builds with CI set too.
    CASEBOOK_PREVIEW: '1',
    BENCH_CACHE_DIR: cache,
    BENCH_VITE_CACHE_DIR: join(cache, 'vite'),
    ...(kind === 'data-floor' ? { FLOOR_LOADER: 'data' } : {}),
    ...(values.heap ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${Number(values.heap)}`.trim() } : {}),
  };
  const settle = await waitForQuiet(Number(values.settle) * 1000);
  if (!settle.quiet) say(`the machine stayed busy for ${values.settle} s (other processes): timing anyway, with their CPU use recorded`);
  const label = `${kind}${warm ? ' (warm)' : ''}`;
  say(`${label}: astro build (${caseIds.length.toLocaleString('en-US')} cases)…`);
  const logName = `${kind}${warm ? '-warm' : ''}-build`;
  const run =
    kind === 'site'
      ? combine([
          await measured(logName, dir, process.execPath, [ASTRO, 'build', '--config', siteConfig], env),
          await measured(`${logName}-index`, dir, process.execPath, [INDEX_SITE], env),
        ])
      : combine([await measured(logName, dir, process.execPath, [ASTRO, 'build', '--root', relative(ROOT, FLOOR_ROOT)], env)]);
  const phases = parseBuildLog(run.log);
  if (run.code !== 0 || phases.indexMs === undefined) {
    const tail = plain(run.log).split('\n').filter((line) => !/^\s*[├└│]/.test(line)).slice(-60).join('\n');
    // What it cost until it stopped is still worth knowing (a long run may be killed from outside).
    const sofar = `${(run.wallMs / 1000).toFixed(0)} s wall, ${((run.cpu.buildMs ?? 0) / 1000).toFixed(0)} s CPU, peak tree RSS ${(run.memory.peakTreeRss / 1024 ** 2).toFixed(0)} MB`;
    throw new Error(`${label} build ${run.code !== 0 ? `exited with ${run.code}` : 'logged no "indexed N pages in X ms" line'} after ${sofar}; log: ${join(dir, `${logName}.log`)} (memory timeline beside it)\n${tail}`);
  }
  say(
    `${label}: ${(run.wallMs / 1000).toFixed(1)} s wall, ${((run.cpu.buildMs ?? 0) / 1000).toFixed(1)} s CPU, index ${phases.indexMs} ms, ` +
      `peak tree RSS ${(run.memory.peakTreeRss / 1024 ** 2).toFixed(0)} MB; others used ${((run.cpu.othersMs ?? 0) / 1000).toFixed(1)} CPU-s meanwhile`,
  );
  return {
    wallMs: run.wallMs,
    cpu: run.cpu,
    settle,
    phases,
    memory: run.memory,
    steps: 'steps' in run ? run.steps : undefined,
    dist: await folderSize(outDir),
    pagefind: await folderSize(join(outDir, 'pagefind')),
    casePage: await casePageWeight(outDir, caseIds),
  };
}

/** An editor's change to one case's narrative: a sentence added at its end. */
async function editOneCase(contentDir: string, caseId: string) {
  const file = join(contentDir, 'cases', `${caseId}.mdx`);
  await writeFile(file, `${await readFile(file, 'utf8')}\nAn editor added this sentence after the first build.\n`);
}

async function benchSize(cases: number, siteConfig: string): Promise<SizeResult> {
  const dir = join(work, `n${cases}`);
  const contentDir = join(dir, 'content');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  say(`work folder: ${relative(ROOT, dir)} (build logs and memory timelines stay there)`);

  say(`${cases.toLocaleString('en-US')} cases: generating (seed ${seed})…`);
  let generated: ReturnType<typeof generateContent> | undefined = generateContent({ cases, seed });
  await writeContent(contentDir, generated);
  const caseIds = generated.caseIds;
  const entities = generated.counts;
  const words = { min: Math.min(...generated.bodyWords), median: median(generated.bodyWords), max: Math.max(...generated.bodyWords) };
  let contentBytes = 0;
  let casesWithTerm = 0;
  const term = new RegExp(`\\b${values.query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  for (const [path, text] of generated.files) {
    contentBytes += Buffer.byteLength(text);
    if (path.startsWith('cases/') && term.test(text)) casesWithTerm++;
  }
  generated = undefined; // let the build have the memory

  say('validating with validateContent…');
  const started = performance.now();
  const { problems, counts } = await validateContent(contentDir);
  const validateMs = performance.now() - started;
  if (problems.length > 0) {
    console.error(formatProblems(problems.slice(0, 200), relative(ROOT, contentDir)));
    throw new Error(`the generated tree has ${problems.length} content problems: the generator no longer matches the content contract`);
  }
  if (counts.cases !== cases) throw new Error(`validateContent counted ${counts.cases} cases, expected ${cases}`);
  say(`valid (${(validateMs / 1000).toFixed(1)} s)`);

  // The floors first: they are the quicker builds, so their figures are in the log early on a long run.
  let floor: SiteRun | undefined;
  let dataFloor: SiteRun | undefined;
  if (!values['no-floor']) {
    floor = await build('floor', contentDir, dir, siteConfig, caseIds);
    dataFloor = await build('data-floor', contentDir, dir, siteConfig, caseIds);
  }
  const real = await build('site', contentDir, dir, siteConfig, caseIds);
  // The warm rebuild: one case edited, caches kept (what a CI cache of node_modules/.astro/ gives).
  await editOneCase(contentDir, caseIds[Math.floor(caseIds.length / 2)]);
  const warm = await build('site', contentDir, dir, siteConfig, caseIds, true);
  for (const kind of ['floor', 'data-floor', 'site'] as const) await rm(join(dir, `${kind}-cache`), { recursive: true, force: true });
  let search: SizeResult['search'];
  if (!values['no-search']) {
    say(`first search for "${values.query}" in Chromium…`);
    const fetched = await firstSearchWeight(join(dir, 'site-dist'), values.query);
    search = { query: values.query, url: fetched.url, casesWithTerm, status: fetched.status, files: compactFiles(fetched.files), ms: fetched.ms };
  }
  // Output is deleted only once every build is measured: on a disk that discards freed blocks
  // (ext4 mounted with `discard`, as on the machines here), files made in the seconds after a large
  // delete are written far slower (4,000 small files: 0.07 s in a new folder, 1.5-3.8 s just after
  // deleting as many), so a floor's output deleted just before the site's build slowed the site.
  if (!values.keep) for (const kind of ['floor', 'data-floor', 'site'] as const) await rm(join(dir, `${kind}-dist`), { recursive: true, force: true });

  // The build logs and memory timelines (<kind>-build.log, .rss.csv) stay in the work folder.
  if (!values.keep) await rm(contentDir, { recursive: true, force: true });

  return { cases, seed, date: new Date().toISOString(), machine: machine(), heapMb: values.heap ? Number(values.heap) : undefined, entities, words, contentBytes, validateMs, real, warm, floor, dataFloor, search };
}

await mkdir(work, { recursive: true });
if (!hasGnuTime()) say('GNU time not found (apt-get install time): peak memory comes from sampling /proc only');
const siteConfig = await writeSiteConfig();
/** Merges into BENCHMARKS.md's block; after each size, so a long run that is stopped keeps what it finished. */
async function writeBenchmarks(done: SizeResult[]) {
  const document = existsSync(BENCHMARKS) ? await readFile(BENCHMARKS, 'utf8') : '# Benchmarks\n\nRun `npm run bench -- --sizes 100,1000 --write` to fill this in.\n';
  const all = mergeResults(readBlockData(document), done);
  await writeFile(BENCHMARKS, replaceBlock(document, renderBlock(all)));
  say(`wrote ${relative(ROOT, BENCHMARKS)} (${all.map((r) => r.cases.toLocaleString('en-US')).join(', ')} cases)`);
}

const results: SizeResult[] = [];
for (const cases of sizes) {
  results.push(await benchSize(cases, siteConfig));
  if (values.write) await writeBenchmarks(results);
}

const last = results.find((r) => r.cases === 1000) ?? results[results.length - 1];
console.log(
  [
    renderTable(results),
    '',
    renderTargets(results),
    '',
    renderPageBreakdown(last),
    '',
    last.search ? renderSearchBreakdown(last) : '',
    '',
    `Machine: ${machine().cpus} CPUs, ${(machine().memoryBytes / 1024 ** 3).toFixed(1)} GiB, ${machine().cpuModel}, Node ${process.version}`,
  ].join('\n'),
);
