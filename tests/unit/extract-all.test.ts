/** Parse and extract on worker threads gives what the main thread gives, in the sources' order, and says which source failed. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll, type Job } from '../../src/pipeline/extract-all.ts';
import { listSeedFiles, readSource } from '../../src/pipeline/read.ts';

const jobsOf = async (dir: string): Promise<Job[]> =>
  Promise.all((await listSeedFiles(dir)).map(async (name) => ({ source: await readSource(dir, name, `${dir}/${name}`), cacheFile: null })));

describe('extractAll', () => {
  it('gives the same results on worker threads as on one thread, in order', async () => {
    const jobs = [...(await jobsOf('seeds')), ...(await jobsOf('tests/fixtures/hostile')), ...(await jobsOf('tests/fixtures/heldout'))];
    const order: number[] = [];
    // All on two workers, then shared between this thread and a worker, against this thread alone.
    const threaded = (await extractAll(jobs, (i) => order.push(i), { workers: 3, here: false })).results;
    const shared = (await extractAll(jobs, () => {}, { workers: 2 })).results;
    const single = (await extractAll(jobs, () => {}, { workers: 0 })).results;
    expect(threaded).toEqual(single);
    expect(shared).toEqual(single);
    expect(order.sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
    expect(threaded.map((r) => r.article.source.file)).toEqual(jobs.map((j) => j.source.file));
  });

  it('writes every cache entry, the same whichever thread made it, before `saved` settles', async () => {
    const jobs = await jobsOf('seeds');
    const entries = async (threads: { workers: number; here: boolean }): Promise<Map<string, string>> => {
      const dir = mkdtempSync(path.join(tmpdir(), 'cache-'));
      try {
        const { saved } = await extractAll(jobs.map((j, i) => ({ ...j, cacheFile: path.join(dir, `${i}.json`) })), () => {}, threads);
        await saved;
        return new Map(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const single = await entries({ workers: 0, here: true });
    expect(single.size).toBe(jobs.length);
    // Shared between this thread (whose entries a worker writes) and two workers, and on the workers alone.
    expect(await entries({ workers: 3, here: true })).toEqual(single);
    expect(await entries({ workers: 2, here: false })).toEqual(single);
  });

  it('says what to do when the cache cannot be written, on a worker or on this thread', async () => {
    const jobs = (await jobsOf('seeds')).map((j) => ({ ...j, cacheFile: path.join(tmpdir(), 'no-such-folder', `${j.source.file.replace(/\W/g, '-')}.json`) }));
    const { results, saved } = await extractAll(jobs, () => {}, { workers: 2, here: false });
    expect(results).toHaveLength(jobs.length);
    await expect(saved).rejects.toThrow(/^could not write the ingest cache \(ENOENT.*Check that the cache folder is writable, or run with --no-cache\.$/);
    // On this thread alone, the same message.
    await expect(extractAll(jobs.slice(0, 1), () => {}, { workers: 0 })).rejects.toThrow(/^could not write the ingest cache \(ENOENT.*run with --no-cache\.$/);
  });

  it('names the source whose extraction failed in a worker', async () => {
    const [job] = await jobsOf('seeds');
    // A source without its text cannot be parsed: the error must say which one.
    const broken = { ...job!, source: { ...job!.source, text: undefined as unknown as string } };
    // On a worker (this thread takes none) and on this thread.
    await expect(extractAll([job!, broken, job!, job!], () => {}, { workers: 2, here: false })).rejects.toThrow(/^seeds\/\S+\.txt: the pipeline failed on this source/);
    await expect(extractAll([broken], () => {}, { workers: 0 })).rejects.toThrow(/^seeds\/\S+\.txt: the pipeline failed on this source/);
  });
});
