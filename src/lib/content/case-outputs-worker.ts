/**
 * A worker thread of case-outputs-workers.ts: makes the page outputs of the cases it is sent, in
 * the order sent, writes each beside its case's narrative and says which file it wrote. A case
 * sent as urgent, or named in a hurry message, is made next: a page is waiting for it. One case a
 * turn of the event loop, so those messages are read between cases.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { caseOutputs, type SiteAddress } from './case-outputs.ts';
import type { OutputsJobData, ToOutputsWorker } from './case-outputs-workers.ts';
import { writeOutputsFile } from './outputs-cache.ts';

const { address } = workerData as { address: SiteAddress };
const queue: OutputsJobData[] = [];
let ended = false;
let scheduled = false;

const makeNext = () => {
  scheduled = false;
  const job = queue.shift();
  if (job) {
    try {
      writeOutputsFile(job.file, caseOutputs(job.id, job.data, address));
    } catch (error) {
      // Ends the worker: the build fails, naming the case.
      throw new Error(`cases/${job.id}.mdx: ${(error as Error).message}`, { cause: error });
    }
    parentPort!.postMessage(job.file);
  }
  if (queue.length > 0) schedule();
  else if (ended) parentPort!.close();
};
const schedule = () => {
  if (!scheduled) setImmediate(makeNext);
  scheduled = true;
};

parentPort!.on('message', (message: ToOutputsWorker) => {
  if (message.kind === 'end') ended = true;
  else if (message.kind === 'jobs') queue.push(...message.jobs);
  else if (message.kind === 'urgent') queue.unshift(message.job);
  else {
    const at = queue.findIndex((job) => job.file === message.file);
    if (at > 0) queue.unshift(...queue.splice(at, 1));
  }
  schedule();
});
