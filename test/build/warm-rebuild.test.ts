/**
 * A build that keeps its cache reads only the cases whose files changed: the loader stores each
 * case's data and digest (its rendered narrative and cite box in a file beside them), and reuses
 * them while the file is unchanged. And it renders only the pages whose cache key changed
 * (src/lib/views/page-key.ts): the others are copied from the last build, and the result is the
 * same, byte for byte, as a cold build.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, removeBuilds, tempOutDir } from '../support/build-site.ts';

let content: string;
let out: string;
const cache = () => ({ CASEBOOK_CACHE_DIR: `${out}-kept-cache` });
const build = () => {
  const result = buildSite(content, out, cache());
  if (result.status !== 0) throw new Error(result.output);
  return result.output;
};
const loaderLine = (output: string) => /(\d+) cases valid \((\d+) read, (\d+) unchanged\)/.exec(output)?.slice(1).map(Number);
/** The paths Astro copied from the last build instead of rendering (its log: `├─ /path (restored)`). */
const restored = (output: string) =>
  [...output.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/[├└]─ (\S+)\s+\(restored\)/g)].map((m) => m[1]).sort();
/** Every file of a built site, with its bytes. */
const files = (dir: string): Map<string, Buffer> => new Map(
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

beforeAll(() => {
  content = tempOutDir();
  cpSync('test/fixtures/good', content, { recursive: true });
  out = tempOutDir();
});
let cold: string | undefined;
afterAll(() => removeBuilds(out, `${out}-kept`, content, ...(cold ? [cold] : [])));

test('a cold build reads every case; a rebuild with the cache kept reads none; an edit reads that case only', () => {
  expect(loaderLine(build())).toEqual([3, 3, 0]);
  // Each case is stored with the file of its narrative and cite box, which its page reads; the
  // narrative's HTML is in that file only, not in the data store Astro bundles for every page.
  const store = readFileSync(join(`${out}-kept-cache`, 'data-store.json'), 'utf8');
  const stored = [...store.matchAll(/casebook-outputs\/([\w-]+)\.json/g)].map((m) => `${m[1]}.json`).sort();
  expect(stored).toHaveLength(3);
  // Beside each narrative, the case's cite box.
  expect(readdirSync(join(`${out}-kept-cache`, 'casebook-outputs')).sort()).toEqual([...stored, ...stored.map((name) => name.replace(/\.json$/, '.outputs.json'))].sort());
  expect(store).not.toContain('narrative-p1');
  // Nor the cases' data, which Astro would serialize, bundle and parse again: the loader keeps it
  // in a file of its own, one line a case, and gives it to the pages itself.
  expect(store).not.toContain('Example Pay passed customer data to Sample Cloud without consent');
  const keptCases = readFileSync(join(`${out}-kept-cache`, 'casebook-cases.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; data: { title: string } });
  expect(keptCases.map((c) => c.id).sort()).toEqual(['full-case', 'minimal-case', 'third-case']);
  expect(keptCases.find((c) => c.id === 'full-case')?.data.title).toBe('Example Pay passed customer data to Sample Cloud without consent');
  const narratives = stored.map((name) => (JSON.parse(readFileSync(join(`${out}-kept-cache`, 'casebook-outputs', name), 'utf8')) as { narrative: string }).narrative);
  for (const html of narratives) expect(typeof html).toBe('string'); // the minimal case has no narrative: ''
  expect(narratives.some((html) => html.includes('id="narrative-p1"'))).toBe(true);
  expect(loaderLine(build())).toEqual([3, 0, 3]);

  const file = join(content, 'cases', 'minimal-case.mdx');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added by an editor.[^minimal-source]\n`);
  expect(loaderLine(build())).toEqual([3, 1, 2]);
  const page = readFileSync(join(out, 'cases', 'minimal-case', 'index.html'), 'utf8');
  expect(page).toContain('A sentence added by an editor.<a href="#source-minimal-source"');
  // The unchanged cases are published as before, from the kept data.
  expect(readFileSync(join(out, 'cases', 'full-case', 'index.html'), 'utf8')).toContain('id="narrative-p1"');
});

test('a rebuild renders only the pages whose key changed, and publishes what a cold build would', () => {
  // Nothing changed: every keyed page is copied (case pages, entity pages, flows, scoped feeds).
  const unchanged = restored(build());
  expect(unchanged).toEqual(expect.arrayContaining([
    '/cases/full-case/index.html', '/cases/minimal-case/index.html', '/cases/third-case/index.html',
    '/firms/sample-cloud/index.html', '/regulators/example-court/index.html', '/people/jane-example/index.html',
    '/laws/example-privacy-act/index.html', '/firms/sample-cloud/feed.xml',
  ]));
  // Pages without a key (the home page, lists built from the whole Casebook) are always rendered.
  expect(unchanged).not.toContain('/index.html');

  // A firm renamed: every page that names it is rendered again; a file that does not is copied.
  const firm = join(content, 'firms', 'sample-cloud.yaml');
  writeFileSync(firm, readFileSync(firm, 'utf8').replace('name: Sample Cloud Inc.', 'name: Sample Cloud Holdings Inc.'));
  const afterRename = restored(build());
  expect(afterRename).not.toContain('/firms/sample-cloud/index.html');
  expect(afterRename).not.toContain('/firms/sample-cloud/feed.xml');
  for (const id of ['full-case', 'minimal-case', 'third-case']) expect(afterRename).not.toContain(`/cases/${id}/index.html`);
  // Another firm's feed lists cases by title and change, not the renamed firm: copied.
  expect(afterRename).toContain('/firms/example-pay/feed.xml');
  expect(afterRename).toContain('/cases/old-full-case/index.html');
  expect(readFileSync(join(out, 'cases', 'full-case', 'index.html'), 'utf8')).toContain('Sample Cloud Holdings Inc.');

  // What the kept builds published equals a cold build of the same content, file for file.
  cold = tempOutDir();
  const coldResult = buildSite(content, cold);
  if (coldResult.status !== 0) throw new Error(coldResult.output);
  const warm = files(out);
  const fresh = files(cold);
  expect([...warm.keys()]).toEqual([...fresh.keys()]);
  const differing = [...fresh].filter(([path, bytes]) => !bytes.equals(warm.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
});

test('a case whose kept narrative or cite box is gone from the cache is read again, and its page is the same', () => {
  const kept = join(`${out}-kept-cache`, 'casebook-outputs');
  const before = readFileSync(join(out, 'cases', 'third-case', 'index.html'));
  const stored = readdirSync(kept).sort();
  expect(stored.length).toBe(6);
  // Which files are third-case's does not matter to the loader: any lost file means one case read again.
  for (const lost of [stored.find((name) => !name.endsWith('.outputs.json'))!, stored.find((name) => name.endsWith('.outputs.json'))!]) {
    rmSync(join(kept, lost));
    expect(loaderLine(build())).toEqual([3, 1, 2]);
    expect(readdirSync(kept).sort()).toEqual(stored);
  }
  expect(readFileSync(join(out, 'cases', 'third-case', 'index.html')).equals(before)).toBe(true);
  // Without the kept data, every case is read again, and published the same.
  rmSync(join(`${out}-kept-cache`, 'casebook-cases.jsonl'));
  expect(loaderLine(build())).toEqual([3, 3, 0]);
  expect(readFileSync(join(out, 'cases', 'third-case', 'index.html')).equals(before)).toBe(true);
});

// A large build reads its cases on worker threads and makes their cite boxes on others while the
// pages render (src/lib/content/case-outputs-workers.ts); CASEBOOK_WORKER_CASES=1 builds these
// three cases that way. It needs two cores: with one, everything stays on the build's thread.
test.skipIf(availableParallelism() < 2)('a build that reads on worker threads makes the cite boxes beside the pages, keeps them, and publishes the same', () => {
  const threaded = tempOutDir();
  const env = { CASEBOOK_CACHE_DIR: `${threaded}-cache`, CASEBOOK_WORKER_CASES: '1' };
  try {
    const first = buildSite(content, threaded, env);
    if (first.status !== 0) throw new Error(first.output);
    expect(loaderLine(first.output)).toEqual([3, 3, 0]);
    expect(first.output).toMatch(/3 cite boxes made beside the build in \d+\.\d\d s/);
    expect(readdirSync(join(`${threaded}-cache`, 'casebook-outputs')).filter((name) => name.endsWith('.outputs.json'))).toHaveLength(3);
    // The same bytes as the builds above, which made every cite box on the build's own thread.
    const fresh = files(cold!);
    const made = files(threaded);
    expect([...made.keys()]).toEqual([...fresh.keys()]);
    expect([...fresh].filter(([path, bytes]) => !bytes.equals(made.get(path)!)).map(([path]) => path)).toEqual([]);
    // Kept: the next build reads no case and makes no cite box.
    const again = buildSite(content, threaded, env);
    expect(loaderLine(again.output)).toEqual([3, 0, 3]);
    expect(again.output).not.toContain('cite boxes made');
  } finally {
    removeBuilds(threaded);
  }
});

test('a case that becomes invalid stops the rebuild, even with a kept result for its old text', () => {
  const file = join(content, 'cases', 'third-case.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('status: appealed', 'status: pending'));
  const result = buildSite(content, out, cache());
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('cases/third-case.mdx: status:');
});
