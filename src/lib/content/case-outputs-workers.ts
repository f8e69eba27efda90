/**
 * Makes the page outputs of many cases (their cite boxes: case-outputs.ts, the content step's
 * largest cost, 77 % of reading a case) on worker threads while the build goes on: the loader
 * returns as soon as every case is read and validated, and the outputs are made while Astro
 * bundles and renders. Each outputs file is registered as pending (outputs-cache.ts); a case page
 * waits for its own, and has it made next if it is not made yet, so rendering never waits for
 * the whole batch.
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

/** A job as a worker gets it: `file` is the outputs file to write. */
export interface OutputsJobData {
  id: string;
  data: CaseData;
  file: string;
}

/** What the build's thread tells a worker: more jobs, a job to make next, a job sent before to make next, or that no more will come. */
export type ToOutputsWorker =
  | { kind: 'jobs'; jobs: OutputsJobData[] }
  | { kind: 'urgent'; job: OutputsJobData }
  | { kind: 'hurry'; file: string }
  | { kind: 'end' };

/**
 * Jobs sent at a time, and how many a worker is given beyond those it has made. The build's
 * thread does not answer while it bundles, nor while it keys every path before rendering (14 s at
 * 10,000 cases, in which a worker makes about 2,500 cite boxes), so a worker holds 2,048 cases,
 * about 11 s of work: given 256 ahead, it sat idle for 13 s of its 67 s at 10,000 cases, and the case pages
 * then waited for it. And no more, so that the cases' data is not all copied at once: every case
 * sent at the start took 250 MB more of the build's peak for 1 s less (10,000 cases).
 */
const CHUNK = 64;
const AHEAD = 32 * CHUNK;

/**
 * Starts making the outputs of `jobs`; resolves with the time it took once all are written, and
 * rejects on the first failure (every page still waiting gets the error).
 * `threads`: all cores but the one that renders, at least one. `ahead`: the jobs a worker is given
 * beyond those it has made (AHEAD).
 */
export function makeOutputsBeside(jobs: OutputsJob[], address: SiteAddress, threads = Math.max(1, availableParallelism() - 1), ahead = AHEAD): Promise<number> {
  const started = performance.now();
  const count = Math.min(threads, jobs.length);
  // Each worker its share, in the order given (the order the pages are likely to want them).
  const shares = Array.from({ length: count }, (_, w) => jobs.filter((_, i) => i % count === w));
  const sendable = shares.map((share) => share.map((job): OutputsJobData => ({ id: job.id, data: job.data, file: outputsFileOf(job.narrativeFile) })));
  const waiting = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
  const workers: Worker[] = [];
  const sent = shares.map(() => 0);
  const made = shares.map(() => 0);
  const ended = shares.map(() => false);
  const urgentlySent = new Set<string>();
  /** Sends worker `w` its next jobs, while it holds fewer than `ahead`; the end once it has all. */
  const feed = (w: number) => {
    const share = sendable[w];
    while (sent[w] < share.length && sent[w] - made[w] < ahead) {
      const jobs = share.slice(sent[w], sent[w] + CHUNK).filter((job) => !urgentlySent.has(job.file));
      sent[w] = Math.min(share.length, sent[w] + CHUNK);
      if (jobs.length > 0) workers[w].postMessage({ kind: 'jobs', jobs } satisfies ToOutputsWorker);
    }
    if (sent[w] === share.length && !ended[w]) {
      ended[w] = true;
      workers[w].postMessage({ kind: 'end' } satisfies ToOutputsWorker);
    }
  };
  sendable.forEach((share, w) => {
    share.forEach((job, at) => {
      const written = new Promise<void>((resolve, reject) => waiting.set(job.file, { resolve, reject }));
      expectOutputs(shares[w][at].narrativeFile, written, () => {
        if (!waiting.has(job.file)) return;
        if (at >= sent[w] && !urgentlySent.has(job.file)) {
          urgentlySent.add(job.file);
          workers[w].postMessage({ kind: 'urgent', job } satisfies ToOutputsWorker);
        } else workers[w].postMessage({ kind: 'hurry', file: job.file } satisfies ToOutputsWorker);
      });
    });
  });

  return new Promise<number>((resolve, reject) => {
    if (count === 0) return resolve(0);
    let running = count;
    const fail = (error: Error) => {
      for (const { reject: rejectPage } of waiting.values()) rejectPage(error);
      waiting.clear();
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    for (let w = 0; w < count; w++) {
      const worker = new Worker(new URL('./case-outputs-worker.ts', import.meta.url), { workerData: { address } });
      workers.push(worker);
      worker.on('message', (file: string) => {
        made[w]++;
        waiting.get(file)?.resolve();
        waiting.delete(file);
        feed(w);
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
    }
    for (let w = 0; w < count; w++) feed(w);
  });
}
