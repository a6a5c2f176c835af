/** A worker thread of extract-all.ts: takes sources from the shared counter until none is left, sending each result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseSource, take, type WorkerInput, type WorkerMessage } from './extract-all.ts';

const { jobs, next } = workerData as WorkerInput;
const send = (m: WorkerMessage) => parentPort!.postMessage(m);
for (let i = take(next, jobs.length); i >= 0; i = take(next, jobs.length)) {
  try {
    send({ index: i, result: analyseSource(jobs[i]!) });
  } catch (e) {
    send({ index: i, error: (e as Error).message });
    break;
  }
}
send({ end: true });
