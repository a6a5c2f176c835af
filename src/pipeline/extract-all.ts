/**
 * Parse and extract for many sources, on worker threads when there are many. This per-source work is most of
 * a cold ingest's time and shares nothing, so every thread (this one included) takes the next source from one
 * shared counter as it finishes one, with no round trip through this thread: a worker that had to ask for its
 * next source waited while this thread was busy extracting, a third of its time. Results come back in the
 * sources' order whatever order the threads finish in. A few sources stay on this thread: a worker first loads
 * the pipeline's code (lexicons and all), which costs more than it saves there.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { sketchOf, storyText } from './copies.ts';
import { extract } from './extract/index.ts';
import { parseSource } from './parse.ts';
import type { Analysed, Source } from './types.ts';

/** Below this many sources to process, workers would not pay for their start. */
export const WORKERS_FROM = 64;

export interface Job {
  source: Source;
  /** Where to keep the result for the next run, or null. */
  cacheFile: string | null;
}

/** What a worker is given: every job, and the counter all threads take the next job's index from. */
export interface WorkerInput {
  jobs: Job[];
  next: Int32Array;
}

/** What a worker sends back: one job's result or failure, or that it has no more to do. */
export type WorkerMessage = { index: number; result: Analysed } | { index: number; error: string } | { end: true };

/** One source's per-source stages, and its cache entry written (the source itself is not repeated there). */
export function analyseSource({ source, cacheFile }: Job): Analysed {
  let result: Analysed;
  try {
    const article = parseSource(source);
    result = { article, extraction: extract(article), sketch: sketchOf(storyText(article)) };
  } catch (e) {
    // Not the source's fault (any text parses): a bug, reported with the file that shows it.
    throw new Error(`${source.file}: the pipeline failed on this source (${(e as Error).message}). Please report it with the file.`, { cause: e });
  }
  const { article } = result;
  // Synchronously: a small file written from the page cache costs less than a round trip to the thread pool.
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify({ ...result, article: { ...article, source: null } }));
  return result;
}

/** The index of the next job nobody has taken, or -1 when all are taken. */
export function take(next: Int32Array, length: number): number {
  const i = Atomics.add(next, 0, 1);
  return i < length ? i : -1;
}

export interface Threads {
  /** Threads to use, this one included; below 2, all work stays on this thread. */
  workers: number;
  /** Whether this thread takes jobs too (the tests turn it off to be sure the workers do the work). */
  here: boolean;
}

/** Every job's result, in order; `done` is told of each as it finishes. */
export async function extractAll(
  jobs: Job[],
  done: (index: number) => void,
  { workers = jobs.length >= WORKERS_FROM ? Math.min(availableParallelism(), 4) : 0, here = true }: Partial<Threads> = {},
): Promise<Analysed[]> {
  const results: Analysed[] = new Array(jobs.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const stop = () => Atomics.store(next, 0, jobs.length); // the first failure ends the run: no thread takes another job
  const pool = workers < 2 ? [] : Array.from({ length: Math.min(workers - 1, jobs.length) }, () => new Worker(new URL('./extract-worker.ts', import.meta.url), { workerData: { jobs, next } satisfies WorkerInput }));
  const finished = pool.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (m: WorkerMessage) => {
          if ('end' in m) return resolve();
          if ('error' in m) return (stop(), reject(new Error(m.error)));
          results[m.index] = { ...m.result, article: { ...m.result.article, source: jobs[m.index]!.source } };
          done(m.index);
        });
        worker.on('error', (e) => (stop(), reject(e)));
        worker.on('exit', (code) => code !== 0 && (stop(), reject(new Error(`an extraction worker stopped (exit code ${code})`))));
      }),
  );
  // Handled from the start: when this thread fails first, the workers it then stops must not reject unheard.
  const all = Promise.all(finished);
  all.catch(() => {});
  try {
    if (here || !pool.length) {
      for (let i = take(next, jobs.length), n = 1; i >= 0; i = take(next, jobs.length), n++) {
        try {
          results[i] = analyseSource(jobs[i]!);
        } catch (e) {
          stop();
          throw e;
        }
        done(i);
        // Now and then, let the workers' results in (and progress with them) while this thread works.
        if (pool.length && n % 16 === 0) await new Promise((r) => setImmediate(r));
      }
    }
    await all;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
