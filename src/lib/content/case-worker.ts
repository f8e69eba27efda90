/** A worker thread of case-workers.ts: reads its share of the changed case files and posts the results, without their page outputs (made afterwards, beside the rendering) and with each narrative written to its file. */
import { parentPort, workerData } from 'node:worker_threads';
import { postedResult, type WorkerInput } from './case-workers.ts';
import { readCase } from './read-case.ts';

const { jobs, address, narratives } = workerData as WorkerInput;
parentPort!.postMessage(jobs.map((job) => postedResult(readCase(job.file, job.id, job.source, address, { outputs: false }), narratives)));
