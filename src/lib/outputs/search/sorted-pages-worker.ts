/** The worker thread of sorted-pages.ts: reads the pages and posts what it took from them. */
import { parentPort, workerData } from 'node:worker_threads';
import { sortPages } from './sorted-pages.ts';

const { site, files } = workerData as { site: string; files: string[] };
parentPort!.postMessage(await sortPages(site, files));
