/**
 * Reads changed case files on worker threads, one chunk per core: each case is independent of the
 * others (read-case.ts), so a cold build of a large Casebook uses every core for the part of the
 * content step that grows with it. Small batches stay on the build's own thread, where starting
 * workers would cost more than it saves. Read on workers, cases come without their page outputs:
 * the loader has those made beside the rendering (case-outputs-workers.ts), off the content step.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readCase, type CaseResult } from './read-case.ts';
import type { CaseJob } from './validate-content.ts';
import type { SiteAddress } from './case-outputs.ts';

/** Below this many changed cases, one thread is faster (measured: see BENCHMARKS.md). */
export const WORKER_THRESHOLD = 200;

export async function readCasesInWorkers(jobs: CaseJob[], address?: SiteAddress, { threads = availableParallelism(), threshold = WORKER_THRESHOLD } = {}): Promise<CaseResult[]> {
  if (jobs.length < threshold || threads < 2) return jobs.map((job) => readCase(job.file, job.id, job.text, address));
  const chunks = Array.from({ length: threads }, (_, i) => jobs.filter((_, j) => j % threads === i));
  const results = await Promise.all(chunks.map((chunk) => runWorker({ jobs: chunk, address })));
  const byId = new Map(results.flat().map((result) => [result.id, result]));
  return jobs.map((job) => byId.get(job.id)!);
}

export interface WorkerInput {
  jobs: CaseJob[];
  address?: SiteAddress;
}

function runWorker(input: WorkerInput): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./case-worker.ts', import.meta.url), { workerData: input });
    worker.once('message', (results: CaseResult[]) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`case worker exited with code ${code}`)));
  });
}
