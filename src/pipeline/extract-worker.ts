/** A worker thread of extract-all.ts: one source at a time, parsed and extracted, its cache entry written. */
import { parentPort } from 'node:worker_threads';
import { analyseSource, type Job } from './extract-all.ts';

parentPort!.on('message', async ({ index, job }: { index: number; job: Job }) => {
  try {
    parentPort!.postMessage({ index, result: await analyseSource(job) });
  } catch (e) {
    parentPort!.postMessage({ index, error: (e as Error).message });
  }
});
