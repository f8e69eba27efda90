/**
 * Makes the page outputs of many cases (their cite boxes: case-outputs.ts, the content step's
 * largest cost, 77 % of reading a case) on worker threads while the build goes on: the loader
 * returns as soon as every case is read and validated, and the outputs are made while Astro
 * bundles and renders, on the cores its rendering leaves idle (it uses about one). Each outputs
 * file is registered as pending (outputs-cache.ts); a case page waits for its own, and asks for
 * it to be made next if it is still queued, so rendering never waits for the whole batch.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SiteAddress } from './case-outputs.ts';
import { expectOutputs, outputsFileOf } from './outputs-cache.ts';
import type { CaseData } from './schema/case.ts';

/** One case's outputs to make: its id and data, and the file of its narrative, beside which they are written. */
export interface OutputsJob {
  id: string;
  data: CaseData;
  narrativeFile: string;
}

/** What the main thread sends a worker: the next jobs, or null when there are none. */
export type OutputsBatch = { id: string; data: CaseData; file: string }[] | null;

/** Jobs a worker is sent at a time; it holds two batches, so it never waits for the next. */
const BATCH = 4;

/**
 * Starts making the outputs of `jobs`; resolves with the time it took once all are written, and
 * rejects on the first failure (every page still waiting gets the error).
 * `threads`: all cores but the one that renders, at least one.
 */
export function makeOutputsBeside(jobs: OutputsJob[], address: SiteAddress, threads = Math.max(1, availableParallelism() - 1)): Promise<number> {
  const started = performance.now();
  const queue = [...jobs];
  const waiting = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  const urgent: OutputsJob[] = [];
  const taken = new Set<OutputsJob>();
  const next = (): OutputsJob | undefined => {
    for (const list of [urgent, queue]) {
      while (list.length > 0) {
        const job = list.shift()!;
        if (!taken.has(job)) {
          taken.add(job);
          return job;
        }
      }
    }
    return undefined;
  };
  for (const job of jobs) {
    const written = new Promise<void>((resolve, reject) => waiting.set(outputsFileOf(job.narrativeFile), { resolve, reject }));
    expectOutputs(job.narrativeFile, written, () => {
      if (!taken.has(job)) urgent.push(job);
    });
  }

  return new Promise<number>((resolve, reject) => {
    let running = 0;
    const fail = (error: Error) => {
      for (const { reject: rejectPage } of waiting.values()) rejectPage(error);
      waiting.clear();
      reject(error);
    };
    const send = (worker: Worker) => {
      const batch: NonNullable<OutputsBatch> = [];
      while (batch.length < BATCH) {
        const job = next();
        if (!job) break;
        batch.push({ id: job.id, data: job.data, file: outputsFileOf(job.narrativeFile) });
      }
      worker.postMessage(batch.length > 0 ? batch : null);
    };
    const count = Math.min(threads, Math.ceil(jobs.length / BATCH));
    if (count === 0) return resolve(0);
    for (let i = 0; i < count; i++) {
      running++;
      const worker = new Worker(new URL('./case-outputs-worker.ts', import.meta.url), { workerData: { address } });
      worker.on('message', (files: string[]) => {
        for (const file of files) {
          waiting.get(file)?.resolve();
          waiting.delete(file);
        }
        send(worker);
      });
      worker.once('error', (error) => fail(new Error(`the cite boxes could not be made: ${error.message}`, { cause: error })));
      worker.once('exit', (code) => {
        running--;
        if (code !== 0) return fail(new Error(`a cite-box worker exited with code ${code}`));
        if (running === 0) {
          if (waiting.size > 0) return fail(new Error(`${waiting.size} cite boxes were not made`));
          resolve(performance.now() - started);
        }
      });
      send(worker);
      send(worker);
    }
  });
}
