/**
 * Parse and extract for many sources, on worker threads when there are many. This per-source work is most of
 * a cold ingest's time and shares nothing, so each worker takes the next source as it finishes one; results
 * come back in the sources' order whatever order the workers finish in. A few sources stay on the main
 * thread: a worker first loads the pipeline's code (lexicons and all), which costs more than it saves there.
 */
import { writeFile } from 'node:fs/promises';
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

/** One source's per-source stages, and its cache entry written (the source itself is not repeated there). */
export async function analyseSource({ source, cacheFile }: Job): Promise<Analysed> {
  let result: Analysed;
  try {
    const article = parseSource(source);
    result = { article, extraction: extract(article), sketch: sketchOf(storyText(article)) };
  } catch (e) {
    // Not the source's fault (any text parses): a bug, reported with the file that shows it.
    throw new Error(`${source.file}: the pipeline failed on this source (${(e as Error).message}). Please report it with the file.`, { cause: e });
  }
  const { article } = result;
  if (cacheFile) await writeFile(cacheFile, JSON.stringify({ ...result, article: { ...article, source: null } }));
  return result;
}

/** Every job's result, in order; `done` is told of each as it finishes. `workers` counts the threads, this one included (below 2, all work stays here). */
export async function extractAll(jobs: Job[], done: (index: number) => void, workers = jobs.length >= WORKERS_FROM ? Math.min(availableParallelism(), 4) : 0): Promise<Analysed[]> {
  const results: Analysed[] = new Array(jobs.length);
  let next = 0;
  // This thread takes jobs too (all of them below two threads): it needs no start-up, and with as many threads
  // as cores it keeps a core busy that would otherwise only wait for the workers' results.
  const here = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await analyseSource(jobs[i]!);
      done(i);
    }
  };
  if (workers < 2) {
    await here();
    return results;
  }
  const pool = Array.from({ length: Math.min(workers - 1, jobs.length) }, () => new Worker(new URL('./extract-worker.ts', import.meta.url)));
  try {
    await Promise.all([
      here(),
      ...pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => (next < jobs.length ? worker.postMessage({ index: next, job: jobs[next++] }) : resolve());
            worker.on('message', (m: { index: number; result?: Analysed; error?: string }) => {
              if (m.error !== undefined) return reject(new Error(m.error));
              results[m.index] = { ...m.result!, article: { ...m.result!.article, source: jobs[m.index]!.source } };
              done(m.index);
              give();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => code !== 0 && reject(new Error(`an extraction worker stopped (exit code ${code})`)));
            give();
          }),
      ),
    ]);
  } catch (e) {
    next = jobs.length; // the first failure ends the run: no thread takes another job
    throw e;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
