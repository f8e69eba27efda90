import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { caseOutputs } from '../../../src/lib/content/case-outputs.ts';
import { makeOutputsBeside, type OutputsJob } from '../../../src/lib/content/case-outputs-workers.ts';
import { outputsFileOf, outputsWritten } from '../../../src/lib/content/outputs-cache.ts';
import { readCase } from '../../../src/lib/content/read-case.ts';

const dir = mkdtempSync(join(tmpdir(), 'casebook-outputs-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const address = { site: 'https://casebook.example.org', base: '/' };
const full = readCase('cases/full-case.mdx', 'full-case', readFileSync('test/fixtures/good/cases/full-case.mdx', 'utf8'), address, { outputs: false });

/** `count` copies of the fixture's full case under ids of their own, each with its narrative's file in `folder`. */
const jobsIn = (folder: string, count: number): OutputsJob[] =>
  Array.from({ length: count }, (_, i) => ({ id: `case-${i}`, data: full.data!, narrativeFile: join(dir, folder, `digest-${i}.json`) }));

test('read without outputs, a case has none; the workers write the cite box the case would have had', async () => {
  expect(full.data).toBeDefined();
  expect(full.outputs).toBeUndefined();
  const jobs = jobsIn('same', 6);
  const ms = await makeOutputsBeside(jobs, address, 2);
  expect(ms).toBeGreaterThan(0);
  expect(readdirSync(join(dir, 'same')).sort()).toEqual(jobs.map((job) => `${job.narrativeFile.split('/').pop()!.slice(0, -'.json'.length)}.outputs.json`).sort());
  for (const job of jobs) {
    const written = JSON.parse(readFileSync(outputsFileOf(job.narrativeFile), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(caseOutputs(job.id, job.data, address))));
  }
  expect(JSON.parse(readFileSync(outputsFileOf(jobs[3].narrativeFile), 'utf8')).citeBox.url).toBe('https://casebook.example.org/cases/case-3/');
});

test('a page that waits for its cite box has it made next, before the cases queued ahead of it', async () => {
  // 400 cases, 256 ahead: the worker is sent the first 256 at once, and the rest 64 at a time as it makes them.
  const jobs = jobsIn('hurried', 400);
  const written = () => readdirSync(join(dir, 'hurried')).filter((name) => name.endsWith('.outputs.json')).length;
  const all = makeOutputsBeside(jobs, address, 1, 256);
  // The pages of a case the worker holds and of one it has not been sent ask for their cite boxes at once.
  for (const at of [399, 200]) {
    await outputsWritten(jobs[at].narrativeFile);
    expect(JSON.parse(readFileSync(outputsFileOf(jobs[at].narrativeFile), 'utf8')).citeBox.url).toBe(`https://casebook.example.org/cases/case-${at}/`);
    expect(written()).toBeLessThanOrEqual(10);
  }
  await all;
  expect(written()).toBe(400);
}, 30_000);

test('a cite box that cannot be made fails the batch, and the page waiting for it gets the error', async () => {
  const jobs = jobsIn('failing', 3);
  const broken = { ...jobs[1], data: { ...full.data!, updated: 'last spring' } };
  const all = makeOutputsBeside([jobs[0], broken, jobs[2]], address, 1);
  await expect(outputsWritten(broken.narrativeFile)).rejects.toThrow(/cite boxes could not be made: cases\/case-1\.mdx: citation: updated/);
  await expect(all).rejects.toThrow(/cite boxes could not be made/);
});
