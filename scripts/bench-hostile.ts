/**
 * npm run bench:hostile [-- --words 2000,4000,8000 --runs 3 --only <name> --json out.json]
 *
 * The ingest's growth on hostile text (bench/hostile.ts): for each shape, one article of each size is
 * ingested in this process, without a cache, and the median time is printed with the stage that took
 * longest and the growth from the smallest size to the largest. Linear growth from 2,000 to 8,000 words is
 * about 4×; quadratic is 16×. A size whose median passes 20 s ends that shape's row.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { article, SHAPES } from '../bench/hostile.ts';
import { ingest, type Stage } from '../src/pipeline/ingest.ts';
import { readOptions } from './cli.ts';

const USAGE = `Usage: npm run bench:hostile [-- options]

Times the ingest of one hostile article of each size, for each shape in bench/hostile.ts, and prints the growth.

Options:
  --words <list>  article sizes in words, comma-separated (default: 2000,4000,8000)
  --runs <n>      runs per size; the median is printed (default: 3)
  --only <name>   measure that shape alone
  --json <file>   also write the figures as JSON
  -h, --help      show this help`;
const { values } = readOptions(
  {
    options: {
      words: { type: 'string', default: '2000,4000,8000' },
      runs: { type: 'string', default: '3' },
      only: { type: 'string' },
      json: { type: 'string' },
    },
  },
  USAGE,
);
const sizes = values.words.split(',').map(Number);
const runs = Number(values.runs);
const LIMIT = 20;

interface Measure {
  words: number;
  seconds: number;
  slowest: string;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One ingest of the article, timed whole and by stage. */
async function once(dir: string): Promise<{ seconds: number; stages: Map<Stage, number> }> {
  const stages = new Map<Stage, number>();
  let current: { stage: Stage; at: number } | null = null;
  const mark = (stage: Stage | null): void => {
    const now = performance.now();
    if (current) stages.set(current.stage, (stages.get(current.stage) ?? 0) + (now - current.at) / 1000);
    current = stage && { stage, at: now };
  };
  const start = performance.now();
  await ingest({ seeds: dir, cache: null, stage: mark });
  mark(null);
  return { seconds: (performance.now() - start) / 1000, stages };
}

const results: { shape: string; measures: Measure[] }[] = [];
for (const shape of SHAPES.filter((s) => !values.only || s.name.includes(values.only))) {
  const measures: Measure[] = [];
  for (const words of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
    writeFileSync(path.join(dir, 'a.txt'), article(shape.body(words)));
    const times: number[] = [];
    const slowest = new Map<string, number>();
    for (let r = 0; r < runs; r++) {
      const { seconds, stages } = await once(dir);
      times.push(seconds);
      const [stage] = [...stages].sort((a, b) => b[1] - a[1])[0] ?? ['-'];
      slowest.set(stage, (slowest.get(stage) ?? 0) + 1);
    }
    rmSync(dir, { recursive: true, force: true });
    measures.push({ words, seconds: median(times), slowest: [...slowest].sort((a, b) => b[1] - a[1])[0]![0] });
    if (median(times) > LIMIT) break;
  }
  results.push({ shape: shape.name, measures });
  const first = measures[0]!;
  const last = measures[measures.length - 1]!;
  const growth = measures.length === sizes.length ? `${(last.seconds / first.seconds).toFixed(1)}×` : `stopped past ${LIMIT} s`;
  console.log(`${shape.name.padEnd(28)} ${measures.map((m) => `${m.seconds.toFixed(2).padStart(6)} s`).join(' ')}   growth ${growth.padEnd(8)} slowest: ${last.slowest}`);
}
console.log(`\nWords: ${sizes.join(', ')}; medians of ${runs}. Linear growth from the first size to the last is ${(sizes.at(-1)! / sizes[0]!).toFixed(0)}×.`);
if (values.json) writeFileSync(values.json, JSON.stringify({ words: sizes, runs, results }, null, 2));
