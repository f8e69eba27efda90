/**
 * A worker thread of case-outputs-workers.ts: makes the page outputs of each batch of cases it is
 * sent, writes each beside its case's narrative, and says which files are written; it ends on the
 * first empty batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { caseOutputs, type SiteAddress } from './case-outputs.ts';
import type { OutputsBatch } from './case-outputs-workers.ts';
import { writeOutputsFile } from './outputs-cache.ts';

const { address } = workerData as { address: SiteAddress };
parentPort!.on('message', (batch: OutputsBatch) => {
  if (batch === null) return parentPort!.close();
  for (const { id, data, file } of batch) {
    try {
      writeOutputsFile(file, caseOutputs(id, data, address));
    } catch (error) {
      // Ends the worker: the build fails, naming the case.
      throw new Error(`cases/${id}.mdx: ${(error as Error).message}`, { cause: error });
    }
  }
  parentPort!.postMessage(batch.map(({ file }) => file));
});
