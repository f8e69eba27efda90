/**
 * `npm run sources:check` end to end: the command, spawned on a small content tree whose
 * sources point at a loopback server this test runs. Nothing here reaches the internet.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SourcesReport } from '../../../src/cli/sources-check/report.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const GOOD = join(ROOT, 'test/fixtures/good');

/** What each path of the loopback server does; `/hang` never answers. */
const requests: string[] = [];
const web: Server = createServer((request, response) => {
  requests.push(`${request.method} ${request.url}`);
  const send = (status: number, headers: Record<string, string> = {}) => response.writeHead(status, headers).end();
  switch (request.url) {
    case '/ok': return send(200);
    case '/moved': return send(301, { location: '/ok' });
    case '/missing': return send(404);
    case '/error': return send(500);
    case '/no-head': return send(request.method === 'HEAD' ? 405 : 200);
    case '/hang': return undefined;
    default: return send(418);
  }
});
/** Accepts a connection and drops it at once: a connection error without DNS or the internet. */
const dropper: TcpServer = createTcpServer((socket) => socket.destroy());

let base: string;
let dropped: string;
const tempDirs: string[] = [];

const listen = (server: Server | TcpServer) =>
  new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as { port: number }).port)));

beforeAll(async () => {
  base = `http://127.0.0.1:${await listen(web)}`;
  dropped = `http://127.0.0.1:${await listen(dropper)}/`;
});
afterAll(async () => {
  web.closeAllConnections();
  await Promise.all([new Promise((done) => web.close(done)), new Promise((done) => dropper.close(done))]);
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

interface Source { id: string; url?: string; archived?: string }

/** The good tree's entities and its minimal case, with the cases given in place of its own. */
async function tree(cases: Record<string, Source[]>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'casebook-sources-'));
  tempDirs.push(dir);
  await cp(GOOD, dir, { recursive: true, filter: (path) => !path.includes('/cases/') });
  const minimal = await readFile(join(GOOD, 'cases/minimal-case.mdx'), 'utf8');
  for (const [id, sources] of Object.entries(cases)) {
    const list = sources
      .map((s) => [`  - id: ${s.id}`, '    kind: other', `    title: Source ${s.id}`, '    publisher: Example', '    date: 2020',
        ...(s.url ? [`    url: ${s.url}`] : []), ...(s.archived ? [`    archived: ${s.archived}`] : [])].join('\n'))
      .join('\n');
    const timeline = `    sources: [${sources.map((s) => s.id).join(', ')}]`;
    const text = minimal.replace('    sources: [minimal-source]', timeline).replace(/^sources:\n[\s\S]*?\n---/m, `sources:\n${list}\n---`);
    await writeFile(join(dir, `cases/${id}.mdx`), text);
  }
  return dir;
}

function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['src/cli/sources-check.ts', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ status: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

describe('npm run sources:check (the command)', { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tree({
      'a-case': [
        { id: 'fine', url: `${base}/ok`, archived: `${base}/moved` },
        { id: 'gone', url: `${base}/missing` },
        { id: 'no-address' },
      ],
      'b-case': [
        { id: 'failing', url: `${base}/error` },
        { id: 'head-refused', url: `${base}/no-head` },
        { id: 'dropped', url: dropped },
        { id: 'fine-again', url: `${base}/ok` },
      ],
    });
  });
  // A timeout no answer from loopback comes near, even on a loaded machine; the hang has a run of its own.
  const flags = ['--delay', '0', '--timeout', '20'];

  test('reports every address by case and source, with a summary, and exits 0 without --strict', async () => {
    requests.length = 0;
    const result = await run(dir, ...flags);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    const after = (heading: string, count: number) => lines.slice(lines.indexOf(heading) + 1, lines.indexOf(heading) + 1 + count).map((l) => l.trim());
    expect(after('  fine', 3)).toEqual([`url       OK 200  ${base}/ok`, `archived  redirected  ${base}/moved`, `301 → ${base}/ok  200`]);
    expect(after('  gone', 1)).toEqual([`url       broken 404  ${base}/missing`]);
    expect(after('  failing', 1)).toEqual([`url       server error 500  ${base}/error`]);
    expect(after('  head-refused', 1)).toEqual([`url       OK 200 (GET; HEAD refused)  ${base}/no-head`]);
    expect(after('  dropped', 1)[0]).toMatch(new RegExp(`^url {7}DNS or connection error: .+  ${dropped}$`));
    expect(lines).not.toContain('  no-address');
    expect(lines.indexOf('a-case')).toBeLessThan(lines.indexOf('b-case'));
    expect(lines.at(-2)).toBe('Summary: 3 OK, 1 redirected, 1 broken, 0 refused, 1 server error, 0 timeout, 1 DNS or connection error (7 addresses, 6 unique)');
    // HEAD first, GET only where HEAD was refused; an address cited twice is asked once.
    expect(requests.filter((r) => r.endsWith(' /no-head'))).toEqual(['HEAD /no-head', 'GET /no-head']);
    expect(requests.filter((r) => r.endsWith(' /ok'))).toEqual(['HEAD /ok', 'HEAD /ok']); // once cited, once after /moved
    expect(requests.filter((r) => r.startsWith('GET')).length).toBe(1);
  });

  test('prints a machine-readable report with --json, and exits 1 with --strict when something is broken', async () => {
    const result = await run(dir, ...flags, '--json', '--strict');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as SourcesReport;
    const kinds = Object.fromEntries(report.cases.flatMap((c) => c.sources.flatMap((s) => s.links.map((l) => [`${c.id}/${s.id}/${l.field}`, l.kind]))));
    expect(kinds).toEqual({
      'a-case/fine/url': 'ok',
      'a-case/fine/archived': 'redirected',
      'a-case/gone/url': 'broken',
      'b-case/failing/url': 'server-error',
      'b-case/head-refused/url': 'ok',
      'b-case/dropped/url': 'network',
      'b-case/fine-again/url': 'ok',
    });
    const moved = report.cases[0].sources[0].links[1];
    expect(moved).toMatchObject({ final: `${base}/ok`, chain: [{ url: `${base}/moved`, status: 301 }, { url: `${base}/ok`, status: 200 }] });
    expect(report.settings).toEqual({ concurrency: 4, delayMs: 0, timeoutMs: 20_000 });
    expect(report.summary).toMatchObject({ addresses: 7, unique: 6, broken: 1, network: 1 });
  });

  test('reports a server that never answers as a timeout after --timeout, and --strict fails on it', async () => {
    // Only the hang in this tree: a slow answer from a loaded machine cannot be mistaken for it.
    const silent = await tree({ 'a-case': [{ id: 'silent', url: `${base}/hang` }] });
    const result = await run(silent, '--delay', '0', '--timeout', '0.5', '--strict');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').map((l) => l.trim())).toContain(`url       timeout: no answer in 0.5 s  ${base}/hang`);
    expect(result.stdout).toContain(', 1 timeout, ');
  });

  test('exits 0 with --strict when every address answers, redirects included', async () => {
    const clean = await tree({ 'a-case': [{ id: 'fine', url: `${base}/ok`, archived: `${base}/moved` }] });
    const result = await run(clean, ...flags, '--strict');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Summary: 1 OK, 1 redirected, 0 broken,');
  });

  test("prints the validator's own problems for a bad tree, checks nothing and exits 1", async () => {
    const bad = await tree({ 'a-case': [{ id: 'fine', url: `${base}/ok` }] });
    await writeFile(join(bad, 'firms/broken.yaml'), 'name: Broken\ncountry: kr\n');
    requests.length = 0;
    const result = await run(bad, ...flags);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/firms\/broken\.yaml: country: /);
    expect(result.stdout).toBe('');
    expect(requests).toEqual([]);
  });

  test('refuses a bad flag with the usage text', async () => {
    const result = await run(dir, '--concurrency', 'many');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--concurrency: expected a whole number of at least 1, got "many"');
    expect(result.stderr).toContain('Usage: npm run sources:check');
  });
});
