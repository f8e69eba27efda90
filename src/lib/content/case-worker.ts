/** A worker thread of case-workers.ts: reads its share of the changed case files and posts the results. */
import { parentPort, workerData } from 'node:worker_threads';
import { readCase } from './read-case.ts';
import type { CaseJob } from './validate-content.ts';

parentPort!.postMessage((workerData as CaseJob[]).map((job) => readCase(job.file, job.id, job.text)));
