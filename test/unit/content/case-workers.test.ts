import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readCasesInWorkers } from '../../../src/lib/content/case-workers.ts';
import { readCase } from '../../../src/lib/content/read-case.ts';
import type { CaseJob } from '../../../src/lib/content/validate-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'casebook-case-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = ['full-case', 'minimal-case', 'third-case'].map((id): CaseJob => ({ id, file: `cases/${id}.mdx`, source: readFileSync(`test/fixtures/good/cases/${id}.mdx`) }));
// A case whose frontmatter breaks the contract: it is reported, never published.
const broken: CaseJob = { id: 'broken-case', file: 'cases/broken-case.mdx', source: String(good[0].source).replace(/^updated: .*$/m, 'updated: last spring') };

test('read on workers, each case is what the build’s own thread reads, its narrative written to its file', async () => {
  const narratives = join(dir, 'narratives');
  const results = await readCasesInWorkers([...good, broken], undefined, { threads: 2, threshold: 1, narratives });
  expect(results.map((r) => r.id)).toEqual(['full-case', 'minimal-case', 'third-case', 'broken-case']);
  for (const [i, job] of good.entries()) {
    const here = readCase(job.file, job.id, job.source);
    const result = results[i];
    expect(result.data).toEqual(here.data);
    expect(result.digest).toBe(here.digest);
    expect(result.rendered?.headings).toEqual(here.rendered?.headings);
    // The HTML came by file, not by message.
    expect(result.rendered?.html).toBe('');
    expect(result.narrativeFile).toBe(join(narratives, `${here.digest}.json`));
    expect(JSON.parse(readFileSync(result.narrativeFile!, 'utf8'))).toEqual({ narrative: here.rendered!.html });
    // The frontmatter was sent once, as the data, which the checks across files read.
    expect(result.raw).toBe(result.data);
  }
  const bad = results[3];
  expect(bad.data).toBeUndefined();
  expect(bad.problems.map((p) => p.field)).toContain('updated');
  expect((bad.raw as { updated: string }).updated).toBe('last spring');
  expect(bad.narrativeFile).toBeUndefined();
  expect(readdirSync(narratives).sort()).toEqual(results.slice(0, 3).map((r) => `${r.digest}.json`).sort());
}, 30_000);

test('a batch below the threshold is read on the build’s own thread, HTML and all', async () => {
  const results = await readCasesInWorkers(good, undefined, { threads: 2, threshold: 10, narratives: join(dir, 'unused') });
  expect(results.map((r) => r.rendered?.html.length)).toEqual(good.map((job) => readCase(job.file, job.id, job.source).rendered!.html.length));
  expect(results.every((r) => r.narrativeFile === undefined)).toBe(true);
});
