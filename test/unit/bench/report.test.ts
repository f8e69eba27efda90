/** The benchmark's report: log parsing, sizes, targets and the BENCHMARKS.md block. */
import { describe, expect, test } from 'vitest';
import {
  byKind, checkTargets, classifyFetch, compactFiles, gzipEquivalent, isGzip, MARK_END, MARK_START, median, mergeResults, parseBuildLog, readBlockData, renderBlock,
  replaceBlock, totals, type SiteRun, type SizeResult,
} from '../../../src/cli/bench/report.ts';

const LOG = `21:35:01 [content] Syncing content
21:35:01 [types] Generated 901ms
21:35:01 [build] Collecting build info...
21:35:01 [build] ✓ Completed in 1.18s.
21:35:01 [build] Building static entrypoints...
21:40:51 [vite] ✓ built in 2.35s
21:40:51 [vite] ✓ built in 52ms
 generating static routes 
21:40:52   ├─ /cases/a/index.html (+2ms)
21:40:52 ✓ Completed in 849ms.
21:35:03 [build] ✓ Completed in 4.70s.
21:35:03 [casebook:pagefind] indexed 111 pages in 180 ms
21:35:03 [build] 111 page(s) built in 6.93s`;

const run = (wallMs: number, gzipPage = 10_000): SiteRun => ({
  wallMs,
  phases: { indexMs: 1000, pages: 10 },
  memory: { peakTreeRss: 1e9, atPeak: {}, hwmByName: { node: 9e8 }, method: 'proc' },
  dist: { bytes: 1e6, files: 10 },
  pagefind: { bytes: 1e5, files: 5 },
  casePage: { id: 'a', htmlMin: 1, htmlMax: 2, files: [{ path: '/cases/a/', kind: 'html', raw: gzipPage * 5, gzip: gzipPage, compressed: false }] },
});
const result = (cases: number, wallMs: number): SizeResult => ({
  cases,
  seed: 1,
  date: '2026-01-01T00:00:00.000Z',
  machine: { cpus: 2, memoryBytes: 24 * 1024 ** 3, cpuModel: 'Test CPU', node: 'v24.0.0', os: 'Linux' },
  entities: { firms: 1, regulators: 1, people: 1, laws: 1, aliases: 0 },
  words: { min: 600, median: 700, max: 900 },
  contentBytes: 1000,
  validateMs: 10,
  real: run(wallMs),
  floor: run(wallMs / 2),
});

test('parseBuildLog counts the paths Astro rendered and those it copied from the last build, and the case files', () => {
  const log = [
    '07:05:30   ├─ /about/index.html (+57ms) ',
    '07:05:41   ├─ /cases/a/index.html \u001b[32m(restored)\u001b[39m',
    '07:05:41   ├─ /cases/b/index.html (restored)',
    // Pages rendered at once: each path printed as it starts, the times as they end.
    '07:05:42   ├─ /cases/c/index.html07:05:42   ├─ /cases/d/index.html07:05:42   ├─ /cases/e/index.html (+68ms) ',
    '07:05:43   ├─ /cases/f/index.html (+11ms) ',
    '07:05:44   └─ /index.html (+1.20s) ',
    '07:10:52 [casebook:case-files] 4000 case files written in 3362 ms',
  ].join('\n');
  const phases = parseBuildLog(log);
  expect(phases.paths).toEqual({ rendered: 6, restored: 2 });
  expect(phases.caseFiles).toEqual({ files: 4000, ms: 3362 });
  // Since cases.json is written with them, the line names it too.
  expect(parseBuildLog('07:10:52 [casebook:case-files] 4000 case files and data/cases.json written in 912 ms').caseFiles).toEqual({ files: 4000, ms: 912 });
  expect(parseBuildLog('no paths here').paths).toBeUndefined();
});

test('parseBuildLog reads how many cite boxes were made beside the build, and in what time', () => {
  expect(parseBuildLog('07:10:52 [casebook:outputs-beside] 1000 cite boxes made beside the build in 6.43 s').citeBoxes).toEqual({ cases: 1000, ms: 6430 });
  expect(parseBuildLog('07:10:52 [casebook-cases] 3 cases valid (3 read, 0 unchanged) in 0.20 s').citeBoxes).toBeUndefined();
});

test("parseBuildLog reads the content loader's line: cases read and unchanged, and its time", () => {
  expect(parseBuildLog('23:38:39 [casebook-cases] 1000 cases valid (1 read, 999 unchanged) in 0.42 s').content).toEqual({ cases: 1000, read: 1, unchanged: 999, ms: 420 });
});

test('targets compare the site with both floors and the warm rebuild with the cold build', () => {
  const r = { ...result(1000, 30_000), dataFloor: run(10_000), warm: run(9_000) };
  const checks = Object.fromEntries(checkTargets([r]).map((c) => [c.target, c]));
  expect(checks['1,000 cases ≤ 2× the data floor']).toMatchObject({ met: false, measured: '3.00× (30.0 s vs 10.0 s)' });
  expect(checks['Warm rebuild (one case edited, 1,000 cases) ≤ 0.4× the cold build']).toMatchObject({ met: true, measured: '0.30× (9.00 s vs 30.0 s)' });
});

describe('parseBuildLog', () => {
  test('reads the phases Astro and the Pagefind integration log', () => {
    expect(parseBuildLog(LOG)).toEqual({ typesMs: 901, collectMs: 1180, bundleMs: 2402, renderMs: 849, indexMs: 180, indexedPages: 111, pages: 111, astroTotalMs: 6930, paths: { rendered: 1, restored: 0 } });
  });
  test('reads minutes as Astro writes them', () => {
    expect(parseBuildLog(' generating static routes \n✓ Completed in 2m 5s.\n[build] 9 page(s) built in 2m 37s').renderMs).toBe(125_000);
  });
  test('ignores colours', () => {
    expect(parseBuildLog('\u001b[32m[casebook:pagefind]\u001b[39m indexed 5 pages in 12 ms').indexMs).toBe(12);
  });
});

describe('sizes', () => {
  test('classifies what a search fetches', () => {
    expect(classifyFetch('/search/')).toBe('html');
    expect(classifyFetch('/pagefind/fragment/en_1.pf_fragment')).toBe('pagefind fragments');
    expect(classifyFetch('/pagefind/wasm.en.pagefind')).toBe('pagefind wasm');
    expect(classifyFetch('/pagefind/pagefind.js')).toBe('pagefind js');
    expect(classifyFetch('/_astro/search.js')).toBe('js');
  });
  test('already-compressed files count as they are; text counts gzipped', () => {
    expect(isGzip(Uint8Array.from([0x1f, 0x8b, 8]))).toBe(true);
    expect(gzipEquivalent({ path: 'a', kind: 'x', raw: 100, gzip: 110, compressed: true })).toBe(100);
    expect(gzipEquivalent({ path: 'a', kind: 'x', raw: 100, gzip: 30, compressed: false })).toBe(30);
    expect(totals([{ path: 'a', kind: 'x', raw: 100, gzip: 30, compressed: false }, { path: 'b', kind: 'y', raw: 50, gzip: 60, compressed: true }])).toEqual({ raw: 150, gzip: 80, requests: 2 });
    expect(median([3, 1, 2])).toBe(2);
  });
  test('compacting files by kind keeps the totals and the request count', () => {
    const files = [
      { path: '/pagefind/fragment/a.pf_fragment', kind: 'pagefind fragments', raw: 100, gzip: 110, compressed: true },
      { path: '/pagefind/fragment/b.pf_fragment', kind: 'pagefind fragments', raw: 50, gzip: 60, compressed: true },
      { path: '/search/', kind: 'html', raw: 1000, gzip: 300, compressed: false },
    ];
    const compact = compactFiles(files);
    expect(compact).toHaveLength(2);
    expect(totals(compact)).toEqual(totals(files));
    expect(byKind(compact)).toEqual(byKind(files));
  });
});

describe('BENCHMARKS.md block', () => {
  test('round-trips its data, merges by size and keeps the prose around the markers', () => {
    const first = renderBlock([result(100, 5000), result(1000, 15_000)]);
    const doc = replaceBlock('# Benchmarks\n\nProse before.\n', first);
    expect(doc).toContain('Prose before.');
    expect(readBlockData(doc).map((r) => r.cases)).toEqual([100, 1000]);

    const merged = mergeResults(readBlockData(doc), [result(1000, 30_000), result(10_000, 200_000)]);
    expect(merged.map((r) => [r.cases, r.real.wallMs])).toEqual([[100, 5000], [1000, 30_000], [10_000, 200_000]]);
    const updated = replaceBlock(`${doc}\nProse after.\n`, renderBlock(merged));
    expect(updated.split(MARK_START)).toHaveLength(2);
    expect(updated.split(MARK_END)).toHaveLength(2);
    expect(updated).toContain('Prose after.');
    expect(updated).toMatch(/1,000 cases built \+ indexed ≤ 20 s \| 30\.0 s \| \*\*missed\*\*/);
    expect(updated).toMatch(/10,000 cases ≤ 120 s \| 200 s \(3\.3 min\) \| \*\*missed\*\*/);
    // The JSON sits in an HTML comment, which may not contain "--".
    const dataLine = updated.split('\n').find((line) => line.startsWith('<!-- bench:data '))!;
    expect(dataLine.slice('<!--'.length, -'-->'.length)).not.toContain('--');
  });
});
