/**
 * Parse and extract for many sources, on worker threads when there are many. This per-source work is most of
 * a cold ingest's time and shares nothing, so every thread (this one included) takes the next source from one
 * shared counter as it finishes one, with no round trip through this thread: a worker that had to ask for its
 * next source waited while this thread was busy extracting, a third of its time. Results come back in the
 * sources' order whatever order the threads finish in. A few sources stay on this thread: a worker first loads
 * the pipeline's code (lexicons and all), which costs more than it saves there.
 *
 * With workers, the cache entries are written by them after the extraction, while this thread goes on with
 * resolution and analysis and the workers' core would otherwise be idle: writing the 16 MB of entries of
 * 1,000 sources took a quarter of a second of the extraction when each thread wrote its own as it went.
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

/** A cache entry to write: the file, and its text. */
export type Entry = [file: string, text: string];

/**
 * What a worker sends back: one job's result or failure, that it has no more to do, and later that it has
 * written the cache entries (its own and those this thread gave it), or could not. A result comes as the
 * text of its cache entry (entryText), so with a cache the text is made once for both: a string crosses
 * threads as one copy, and JSON.parse here costs this thread no more than rebuilding the object graph from
 * a structured clone did.
 */
export type WorkerMessage = { index: number; text: string } | { index: number; error: string } | { end: true } | { saved: true } | { saveError: string };

/** What this thread sends a worker once every job is done: its own cache entries, for the worker to write. */
export interface SaveMessage {
  entries: Entry[];
}

/** One source's per-source stages. */
export function analyseSource(source: Source): Analysed {
  try {
    const article = parseSource(source);
    return { article, extraction: extract(article), sketch: sketchOf(storyText(article)) };
  } catch (e) {
    // Not the source's fault (any text parses): a bug, reported with the file that shows it.
    throw new Error(`${source.file}: the pipeline failed on this source (${(e as Error).message}). Please report it with the file.`, { cause: e });
  }
}

/** A result as its cache entry's text: the source itself is not repeated there. */
export const entryText = (result: Analysed): string => JSON.stringify({ ...result, article: { ...result.article, source: null } });

/** A result back from its entry's text, with its source put back. */
export function fromEntry(text: string, source: Source): Analysed {
  const result = JSON.parse(text) as Analysed;
  result.article.source = source;
  return result;
}

/** The cache could not be written (the message says what to do). */
export class CacheError extends Error {}

/** Writes cache entries, synchronously: a small file written from the page cache costs less than a round trip to the thread pool. */
export function writeEntries(entries: Entry[]): void {
  for (const [file, text] of entries) {
    try {
      writeFileSync(file, text);
    } catch (e) {
      throw new CacheError(`could not write the ingest cache (${(e as Error).message}). Check that the cache folder is writable, or run with --no-cache.`, { cause: e });
    }
  }
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

export interface Extracted {
  /** Every job's result, in order. */
  results: Analysed[];
  /** Settles when every cache entry is written (on the workers, after the results are in); rejects if one could not be. */
  saved: Promise<void>;
}

/** Every job's result, in order; `done` is told of each as it finishes. */
export async function extractAll(
  jobs: Job[],
  done: (index: number) => void,
  { workers = jobs.length >= WORKERS_FROM ? Math.min(availableParallelism(), 4) : 0, here = true }: Partial<Threads> = {},
): Promise<Extracted> {
  const results: Analysed[] = new Array(jobs.length);
  const mine: Entry[] = [];
  const next = new Int32Array(new SharedArrayBuffer(4));
  const stop = () => Atomics.store(next, 0, jobs.length); // the first failure ends the run: no thread takes another job
  const pool = workers < 2 ? [] : Array.from({ length: Math.min(workers - 1, jobs.length) }, () => new Worker(new URL('./extract-worker.ts', import.meta.url), { workerData: { jobs, next } satisfies WorkerInput }));
  // Each worker's writing of the cache entries: handled from the start, awaited only once the results are in.
  const saves = pool.map(() => Promise.withResolvers<void>());
  for (const s of saves) s.promise.catch(() => {});
  const finished = pool.map(
    (worker, w) =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (m: WorkerMessage) => {
          if ('end' in m) return resolve();
          if ('saved' in m) return saves[w]!.resolve();
          if ('saveError' in m) return saves[w]!.reject(new CacheError(m.saveError));
          if ('error' in m) return (stop(), reject(new Error(m.error)));
          results[m.index] = fromEntry(m.text, jobs[m.index]!.source);
          done(m.index);
        });
        const failed = (e: Error) => (stop(), reject(e), saves[w]!.reject(e));
        worker.on('error', failed);
        worker.on('exit', (code) => code !== 0 && failed(new Error(`an extraction worker stopped (exit code ${code})`)));
      }),
  );
  // Handled from the start: when this thread fails first, the workers it then stops must not reject unheard.
  const all = Promise.all(finished);
  all.catch(() => {});
  try {
    if (here || !pool.length) {
      for (let i = take(next, jobs.length), n = 1; i >= 0; i = take(next, jobs.length), n++) {
        try {
          results[i] = analyseSource(jobs[i]!.source);
        } catch (e) {
          stop();
          throw e;
        }
        const { cacheFile } = jobs[i]!;
        // Alone, this thread writes as it goes; with workers, the first of them writes these later.
        if (cacheFile) {
          const entry: Entry = [cacheFile, entryText(results[i]!)];
          pool.length ? mine.push(entry) : writeEntries([entry]);
        }
        done(i);
        // Now and then, let the workers' results in (and progress with them) while this thread works.
        if (pool.length && n % 16 === 0) await new Promise((r) => setImmediate(r));
      }
    }
    await all;
  } catch (e) {
    await Promise.all(pool.map((w) => w.terminate()));
    throw e;
  }
  pool.forEach((w, i) => w.postMessage({ entries: i === 0 ? mine : [] } satisfies SaveMessage));
  const saved = Promise.all(saves.map((s) => s.promise)).then(() => {});
  // The workers are stopped once every entry is written, or as soon as one of them fails.
  saved.catch(() => {}).finally(() => Promise.all(pool.map((w) => w.terminate())));
  return { results, saved };
}
