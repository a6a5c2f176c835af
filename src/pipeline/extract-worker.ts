/**
 * A worker thread of extract-all.ts: takes sources from the shared counter until none is left, sending each
 * result back; then writes its cache entries, and those the main thread hands it, while that thread goes on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseSource, entryText, take, writeEntries, type Entry, type SaveMessage, type WorkerInput, type WorkerMessage } from './extract-all.ts';

const { jobs, next } = workerData as WorkerInput;
const send = (m: WorkerMessage) => parentPort!.postMessage(m);
const entries: Entry[] = [];
for (let i = take(next, jobs.length); i >= 0; i = take(next, jobs.length)) {
  try {
    const text = entryText(analyseSource(jobs[i]!.source));
    const { cacheFile } = jobs[i]!;
    if (cacheFile) entries.push([cacheFile, text]);
    send({ index: i, text });
  } catch (e) {
    send({ index: i, error: (e as Error).message });
    break;
  }
}
send({ end: true });
// Its own entries first, while the main thread's are on their way.
let failure: string | null = null;
const save = (more: Entry[]): void => {
  try {
    if (failure === null) writeEntries(more);
  } catch (e) {
    failure = (e as Error).message;
  }
};
save(entries);
parentPort!.once('message', (m: SaveMessage) => {
  save(m.entries);
  send(failure === null ? { saved: true } : { saveError: failure });
});
