/**
 * Reads changed case files on worker threads, one chunk per core: each case is independent of the
 * others (read-case.ts), so a cold build of a large Casebook uses every core for the part of the
 * content step that grows with it. Small batches stay on the build's own thread, where starting
 * workers would cost more than it saves. Read on workers, cases come without their page outputs:
 * the loader has those made beside the rendering (case-outputs-workers.ts), off the content step.
 *
 * What a worker sends back, the build's thread holds until the content step ends, when V8 sizes
 * the heap by it for the rest of the build. So a worker writes each narrative to the loader's
 * cache itself (`narratives`) and sends its file, not its HTML, and sends a valid case's
 * frontmatter once, as its data (at 10,000 cases the HTML was 263 MB of that heap, the second
 * copy of the frontmatter 148 MB).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readCase, type CaseResult } from './read-case.ts';
import type { CaseJob } from './validate-content.ts';
import type { SiteAddress } from './case-outputs.ts';
import { outputsCache } from './outputs-cache.ts';

/** Below this many changed cases, one thread is faster (measured: see BENCHMARKS.md). */
export const WORKER_THRESHOLD = 200;

export interface ReadCasesOptions {
  threads?: number;
  threshold?: number;
  /** The loader's narratives folder (outputs-cache.ts): a worker writes each narrative there and returns its file. */
  narratives?: string;
}

export async function readCasesInWorkers(jobs: CaseJob[], address?: SiteAddress, { threads = availableParallelism(), threshold = WORKER_THRESHOLD, narratives }: ReadCasesOptions = {}): Promise<CaseResult[]> {
  if (jobs.length < threshold || threads < 2) return jobs.map((job) => readCase(job.file, job.id, job.source, address));
  const chunks = Array.from({ length: threads }, (_, i) => jobs.filter((_, j) => j % threads === i));
  const results = await Promise.all(chunks.map((chunk) => runWorker({ jobs: chunk, address, narratives })));
  const byId = new Map(results.flat().map((result) => [result.id, result]));
  return jobs.map((job) => byId.get(job.id)!);
}

export interface WorkerInput {
  jobs: CaseJob[];
  address?: SiteAddress;
  narratives?: string;
}

/**
 * A worker's result as it is posted: a valid case without its frontmatter as written (`raw`),
 * which the checks across files read as its data, and with its narrative written to a file of
 * `narratives`, given, and its HTML left out. A case with problems is not published: it keeps its
 * frontmatter, for the checks to name what is wrong, and no narrative is written for it.
 */
export function postedResult(result: CaseResult, narratives: string | undefined): CaseResult {
  const posted = result.data ? { ...result, raw: undefined } : result;
  if (!narratives || !posted.rendered || !posted.data) return posted;
  const narrativeFile = outputsCache(narratives).write(posted.digest, posted.rendered.html);
  return { ...posted, rendered: { ...posted.rendered, html: '' }, narrativeFile };
}

/** A posted result as the checks across files read it: a valid case's data stands for its frontmatter, as a kept case's does. */
const received = (result: CaseResult): CaseResult => (result.raw === undefined && result.data ? { ...result, raw: result.data } : result);

function runWorker(input: WorkerInput): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./case-worker.ts', import.meta.url), { workerData: input });
    worker.once('message', (results: CaseResult[]) => resolve(results.map(received)));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`case worker exited with code ${code}`)));
  });
}
