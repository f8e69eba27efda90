/**
 * The content validator against fixture trees: a contract-valid tree (test/fixtures/good),
 * one overlay per broken rule (test/fixtures/bad/<rule>/, each with an expect.json), one per
 * warning (test/fixtures/warn/<rule>/: valid, but flagged) and one per edge of the contract
 * that must stay valid (test/fixtures/edge/<name>/, each with an edge.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FRONTMATTER } from '../../../src/lib/content/load-content.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import type { Problem } from '../../../src/lib/content/problems.ts';
import { edgeFixtures, writeEdgeTree } from '../../support/edge-fixtures.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const GOOD = join(ROOT, 'test/fixtures/good');
const BAD = join(ROOT, 'test/fixtures/bad');
const WARN = join(ROOT, 'test/fixtures/warn');

interface Expectation {
  file: string;
  field: string;
  message: string;
  remove?: string[];
}

/** Read at collection time, so each fixture is its own test. */
const overlaysIn = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, expectation: JSON.parse(readFileSync(join(root, name, 'expect.json'), 'utf8')) as Expectation }));
const badFixtures = overlaysIn(BAD);
const warnFixtures = overlaysIn(WARN);
const edges = edgeFixtures();

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh copy of the good tree with an overlay applied: its files replace or add, `remove` deletes. */
async function treeWith(overlay?: { dir?: string; files?: Record<string, string>; remove?: string[] }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'casebook-content-'));
  tempDirs.push(dir);
  await cp(GOOD, dir, { recursive: true });
  if (overlay?.dir) {
    await cp(overlay.dir, dir, { recursive: true, filter: (source) => source !== join(overlay.dir!, 'expect.json') });
  }
  for (const [file, text] of Object.entries(overlay?.files ?? {})) await writeFile(join(dir, file), text);
  for (const file of overlay?.remove ?? []) await rm(join(dir, file));
  return dir;
}

async function editGood(file: string, ...replacements: [string, string][]): Promise<string> {
  let text = await readFile(join(GOOD, file), 'utf8');
  for (const [from, to] of replacements) {
    expect(text.split(from).length - 1, `"${from}" occurs once in ${file}`).toBe(1);
    text = text.replace(from, to);
  }
  return text;
}

const problemLike = (file: string, field: string, message: string) =>
  expect.objectContaining({ file, field, message: expect.stringContaining(message) });

const describeProblems = (problems: Problem[]) => problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');

describe('the good fixture tree', () => {
  test('has no problems', async () => {
    const { problems } = await validateContent(GOOD);
    expect(describeProblems(problems)).toBe('');
  });

  test('counts every collection and all data categories', async () => {
    const { counts } = await validateContent(GOOD);
    expect(counts).toEqual({ cases: 3, firms: 3, regulators: 2, people: 1, laws: 1, 'data-categories': 24 });
  });

  test('passes the same checks from a copy, so overlays start from a valid tree', async () => {
    const { problems } = await validateContent(await treeWith());
    expect(problems).toEqual([]);
  });
});

describe('bad fixtures', () => {
  test('there are at least 35 of them, one expectation each', () => {
    expect(badFixtures.length).toBeGreaterThanOrEqual(35);
    for (const { name, expectation } of badFixtures) {
      expect(typeof expectation.file, name).toBe('string');
      expect(typeof expectation.field, name).toBe('string');
      expect(expectation.message.length, name).toBeGreaterThan(0);
    }
  });

  test('every overlay differs from the good tree or removes a file', () => {
    for (const { name, expectation } of badFixtures) {
      const files = readdirSync(join(BAD, name), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name !== 'expect.json')
        .map((entry) => relative(join(BAD, name), join(entry.parentPath, entry.name)));
      const changed = files.filter((file) => {
        const good = join(GOOD, file);
        return !existsSync(good) || readFileSync(good, 'utf8') !== readFileSync(join(BAD, name, file), 'utf8');
      });
      expect(changed.length + (expectation.remove?.length ?? 0), `${name} changes nothing`).toBeGreaterThan(0);
      for (const file of expectation.remove ?? []) expect(existsSync(join(GOOD, file)), `${name} removes ${file}`).toBe(true);
    }
  });

  test.each(badFixtures)('reports the broken rule of $name', async ({ name, expectation }) => {
    const dir = await treeWith({ dir: join(BAD, name), remove: expectation.remove });
    const { problems } = await validateContent(dir);
    expect(problems, describeProblems(problems) || 'no problems at all').toContainEqual(
      problemLike(expectation.file, expectation.field, expectation.message),
    );
  });
});

describe('warning fixtures: valid content worth a second look', () => {
  test.each(warnFixtures)('$name is valid and warns with the exact message', async ({ name, expectation }) => {
    const { problems, warnings } = await validateContent(await treeWith({ dir: join(WARN, name), remove: expectation.remove }));
    expect(describeProblems(problems)).toBe('');
    expect(warnings).toEqual([{ file: expectation.file, field: expectation.field, message: expectation.message }]);
  });

  test('the good tree has no warnings', async () => {
    expect((await validateContent(GOOD)).warnings).toEqual([]);
  });

  test('an entity directory with a file that is not .yaml warns that it is not published', async () => {
    const { problems, warnings } = await validateContent(await treeWith({ files: { 'firms/README.txt': 'Firms, one file each.\n' } }));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([{ file: 'firms/README.txt', field: '', message: 'unexpected file, not published: an entity is a .yaml file' }]);
  });

  test('an article YAML read as a fraction warns that a trailing zero may be lost, and is kept as read', async () => {
    const third = await editGood('cases/third-case.mdx', ['    article: 12\n', '    article: 5.10\n']);
    const { problems, warnings } = await validateContent(await treeWith({ files: { 'cases/third-case.mdx': third } }));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([{
      file: 'cases/third-case.mdx',
      field: 'provisions[0].article',
      message: 'read as the number 5.1: YAML drops a trailing zero (5.10 becomes 5.1), so quote the article as cited',
    }]);
  });

  test('warnings do not hide problems: both are reported, each in its own list', async () => {
    const dir = await treeWith({
      dir: join(WARN, 'exporter-equals-importer'),
      files: { 'cases/minimal-case.mdx': await editGood('cases/minimal-case.mdx', ['status: reported\n', 'status: closed\n']) },
    });
    const { problems, warnings } = await validateContent(dir);
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual(['cases/minimal-case.mdx: status']);
    expect(warnings.map((p) => `${p.file}: ${p.field}`)).toEqual(['cases/full-case.mdx: flows[0].importer']);
  });
});

describe('edge fixtures: valid content at the edges of the contract', () => {
  test('there are at least 20, each naming its contract line and adding a case of its own', () => {
    expect(edges.length).toBeGreaterThanOrEqual(20);
    for (const fixture of edges) {
      expect(fixture.edge.length, fixture.name).toBeGreaterThan(0);
      expect(fixture.cases.length, fixture.name).toBeGreaterThan(0);
    }
  });

  test('no two overlays write the same file, so they combine into one tree', () => {
    const owners = new Map<string, string>();
    for (const fixture of edges) {
      for (const file of fixture.files) {
        expect(owners.get(file), `${file} is in ${owners.get(file)} and ${fixture.name}`).toBeUndefined();
        owners.set(file, fixture.name);
      }
    }
  });

  test.each(edges)('$name validates with no errors ($edge)', async (fixture) => {
    const dir = await mkdtemp(join(tmpdir(), 'casebook-edge-'));
    tempDirs.push(dir);
    writeEdgeTree(dir, [fixture]);
    const { problems, warnings, counts } = await validateContent(dir);
    expect(describeProblems(problems)).toBe('');
    expect(warnings.map((w) => `${w.file}: ${w.field}`)).toEqual(fixture.warnings);
    expect(counts.cases).toBe(3 + fixture.cases.length);
  });

  // Editors flag what the JSON Schemas refuse: they must not refuse what the build accepts.
  const editorSchema = (name: string) => new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, `public/schemas/${name}.json`), 'utf8')));
  const editorSchemas = { cases: editorSchema('case'), firms: editorSchema('firm'), regulators: editorSchema('regulator'), people: editorSchema('person'), laws: editorSchema('law') };

  test.each(edges)('$name passes the editor schemas (public/schemas) too', (fixture) => {
    for (const file of fixture.files.filter((f) => f.includes('/'))) {
      const kind = file.split('/')[0] as keyof typeof editorSchemas;
      const validate = editorSchemas[kind];
      const text = readFileSync(join(fixture.dir, file), 'utf8');
      const data = parseYaml(kind === 'cases' ? FRONTMATTER.exec(text)![1] : text, { version: '1.2', schema: 'core' });
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  test('all of them together validate as one tree, with only the warnings they list', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'casebook-edge-'));
    tempDirs.push(dir);
    writeEdgeTree(dir, edges);
    const { problems, warnings } = await validateContent(dir);
    expect(describeProblems(problems)).toBe('');
    expect(warnings.map((w) => `${w.file}: ${w.field}`)).toEqual(edges.flatMap((f) => f.warnings).sort());
  });
});

describe('date order rules', () => {
  test('accept dates of different precision that overlap (2024 vs 2024-05)', async () => {
    const minimal = await editGood(
      'cases/minimal-case.mdx',
      ['reported: 2020\n', 'reported: 2024-05\n'],
      ['updated: 2020-06\n', 'updated: 2024\n'],
      ['    data: [name]\n', '    data: [name]\n    since: 2024-05-31\n    until: 2024\n'],
    );
    const { problems } = await validateContent(await treeWith({ files: { 'cases/minimal-case.mdx': minimal } }));
    expect(describeProblems(problems)).toBe('');
  });

  test('reject a month that is certainly before a year (2023-12 vs 2024)', async () => {
    const minimal = await editGood(
      'cases/minimal-case.mdx',
      ['reported: 2020\n', 'reported: 2024\n'],
      ['updated: 2020-06\n', 'updated: 2023-12\n'],
      ['    data: [name]\n', '    data: [name]\n    since: 2024\n    until: 2023-12\n'],
    );
    const { problems } = await validateContent(await treeWith({ files: { 'cases/minimal-case.mdx': minimal } }));
    expect(problems).toEqual([
      problemLike('cases/minimal-case.mdx', 'flows[0].until', 'on or after since (2024)'),
      problemLike('cases/minimal-case.mdx', 'updated', 'on or after reported (2024)'),
    ]);
  });
});

describe('one run reports every problem', () => {
  test('lists all broken fields of one file, frontmatter and narrative', async () => {
    const full = await editGood(
      'cases/full-case.mdx',
      ['status: sanctioned\n', 'status: fined\n'],
      ['updated: "2024-09-02"\n', 'updated: 2023\n'],
      ['    records: 54200000000\n', '    records: -3\n'],
      ['  - firm: example-group\n', '  - firm: example-holdings\n'],
      ['    sources: [sda-decision-2024]\n', '    sources: [sda-decision]\n'],
      ['  - date: "2024-09-01"\n    kind: sanction\n', '  - date: 2024-02-30\n    kind: sanction\n'],
      ['    currency: KRW\n', ''],
      ['Example Pay sent customer data', 'import Chart from "../chart.js"\n\nExample Pay sent customer data'],
      ['[^own-note]\n', '[^own-note][^missing-note]\n'],
    );
    const { problems } = await validateContent(await treeWith({ files: { 'cases/full-case.mdx': full } }));
    const file = 'cases/full-case.mdx';
    const importLine = full.split('\n').findIndex((line) => line.startsWith('import Chart')) + 1;
    for (const expected of [
      problemLike(file, 'status', 'expected one of'),
      problemLike(file, 'updated', 'on or after reported'),
      problemLike(file, 'flows[0].records', '>= 0'),
      problemLike(file, 'parties[2].firm', 'unknown firm "example-holdings"'),
      problemLike(file, 'timeline[2].sources[0]', 'unknown source "sda-decision"'),
      problemLike(file, 'timeline[2].date', 'is not a real day'),
      problemLike(file, 'penalties[0].currency', 'currency with the amount'),
      problemLike(file, `body (line ${importLine})`, 'import and export are not allowed'),
      problemLike(file, 'body [^missing-note]', 'matches no source id'),
    ]) {
      expect(problems, describeProblems(problems)).toContainEqual(expected);
    }
    expect(problems).toHaveLength(9);
  });

  test('lists problems of several files and returns them sorted by file, then field', async () => {
    const dir = await treeWith({
      files: {
        'firms/sample-cloud.yaml': 'name: Sample Cloud Inc.\ntype: corporation\ncountry: us\n',
        'laws/example-privacy-act.yaml': 'name: Example Privacy Act\n',
        'cases/minimal-case.mdx': await editGood('cases/minimal-case.mdx', ['status: reported\n', '']),
      },
    });
    const { problems } = await validateContent(dir);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'cases/minimal-case.mdx status',
      'firms/sample-cloud.yaml country',
      'firms/sample-cloud.yaml type',
      'laws/example-privacy-act.yaml country',
    ]);
  });
});

// Each test starts a Node process: on a busy machine that alone can pass the 5 s default.
describe('npm run validate (the CLI)', { timeout: 30_000 }, () => {
  const run = (dir: string) => spawnSync(process.execPath, ['src/cli/validate.ts', dir], { cwd: ROOT, encoding: 'utf8' });

  test('exits 0 and reports the counts on the good tree', () => {
    const result = run(GOOD);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('test/fixtures/good/ is valid: 3 cases, 3 firms, 2 regulators, 1 people, 1 laws, 24 data-categories');
  });

  test('exits 0 with only warnings, and prints each as "warning: <dir>/<file>: <field>: <message>"', async () => {
    const dir = await treeWith({ dir: join(WARN, 'exporter-equals-importer') });
    const result = run(dir);
    const label = relative(ROOT, dir);
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n')).toContain(
      `warning: ${label}/cases/full-case.mdx: flows[0].importer: same firm as the exporter ("example-pay"): right for a transfer inside one firm (a branch to its head office), otherwise check the importer`,
    );
    expect(result.stdout).toContain(`${label}/ is valid:`);
    expect(result.stdout).toContain('1 warning above (published as is)');
  });

  test('prints errors before warnings and exits 1 when there are both', async () => {
    const dir = await treeWith({
      dir: join(WARN, 'exporter-equals-importer'),
      files: { 'cases/minimal-case.mdx': await editGood('cases/minimal-case.mdx', ['status: reported\n', 'status: closed\n']) },
    });
    const result = run(dir);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    const error = lines.findIndex((line) => line.includes('cases/minimal-case.mdx: status: expected one of'));
    const warning = lines.findIndex((line) => line.startsWith('warning: ') && line.includes('cases/full-case.mdx: flows[0].importer'));
    expect(error).toBeGreaterThanOrEqual(0);
    expect(warning).toBeGreaterThan(error);
    expect(result.stderr).toContain('✗ 1 problem and 1 warning in');
  });

  test('exits 1 and prints one "<dir>/<file>: <field>: <message>" line per problem on a bad tree', async () => {
    const dir = await treeWith({
      files: {
        'cases/minimal-case.mdx': await editGood('cases/minimal-case.mdx', ['status: reported\n', 'status: closed\n']),
        'firms/example-group.yaml': 'name: [Example Group\n',
      },
    });
    const result = run(dir);
    const label = relative(ROOT, dir);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(`${label}/cases/minimal-case.mdx: status: expected one of`)}`)));
    // A whole-file problem has no field part.
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(`${label}/firms/example-group.yaml: malformed YAML`)}`)));
    expect(result.stderr).toContain('Nothing was published.');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
