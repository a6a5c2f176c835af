/** Parse and extract on worker threads gives what the main thread gives, in the sources' order, and says which source failed. */
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
    const threaded = await extractAll(jobs, (i) => order.push(i), { workers: 3, here: false });
    const shared = await extractAll(jobs, () => {}, { workers: 2 });
    const single = await extractAll(jobs, () => {}, { workers: 0 });
    expect(threaded).toEqual(single);
    expect(shared).toEqual(single);
    expect(order.sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
    expect(threaded.map((r) => r.article.source.file)).toEqual(jobs.map((j) => j.source.file));
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
