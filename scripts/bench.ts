/**
 * npm run bench [-- --sizes 100,1000,5000 --runs 3 --json bench.json]
 *
 * Generates seeded synthetic corpora (bench/generate.ts), then measures side by side in one run, for each
 * size: the ingest, `astro build`, Pagefind indexing, peak memory, output size, an incremental ingest after
 * one article changes and the whole rebuild then (with the caches kept), and the yardstick: a bare Astro
 * site (bench/bare/) rendering the same articles as plain MDX pages. Every other build is cold (caches
 * removed, and deleted only after the measurements: see discard()). Prints medians, the ratios the
 * targets are stated in and the cold ingest's stages (its --timings); --json writes them too. Work files
 * live in .cache/bench/.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../bench/generate.ts';
import { readOptions } from './cli.ts';

const USAGE = `Usage: npm run bench [-- options]

Measures the dossier build on synthetic corpora against a bare Astro site of the same articles.

Options:
  --sizes <list>  corpus sizes in articles, comma-separated (default: 100,1000,5000)
  --runs <n>      cold runs of each build per size; medians are printed (default: 3)
  --json <file>   also write the figures as JSON
  --work <dir>    where corpora and builds go (default: .cache/bench)
  -h, --help      show this help`;
const { values } = readOptions(
  {
    options: {
      sizes: { type: 'string', default: '100,1000,5000' },
      runs: { type: 'string', default: '3' },
      json: { type: 'string' },
      work: { type: 'string', default: '.cache/bench' },
    },
  },
  USAGE,
);
const ROOT = process.cwd();
const RSS_HOOK = path.join(ROOT, 'bench/max-rss.mjs');
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

interface Timed {
  seconds: number;
  rssMiB: number;
  stdout: string;
}

/** Runs a Node script with the peak-memory hook; fails loudly with its output if it fails. */
function node(args: string[], cwd: string, env: Record<string, string> = {}): Timed {
  const rssFile = path.join(ROOT, values.work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  const rss = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) : 0;
  return { seconds, rssMiB: rss / 1024, stdout: r.stdout };
}

function timed(cmd: string, args: string[]): number {
  const started = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed:\n${r.stdout}\n${r.stderr}`);
  return (performance.now() - started) / 1000;
}

const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).reduce((n, e) => n + (e.isFile() ? statSync(path.join(e.parentPath, e.name)).size : 0), 0);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface Run {
  ingest: number;
  ingestMiB: number;
  astro: number;
  astroMiB: number;
  pagefind: number;
  total: number;
  distMB: number;
  bare: number;
  bareMiB: number;
  bareMB: number;
  incremental: number;
  rewritten: number;
  rebuild: number;
  /** The cold ingest's stages (its --timings), seconds by name. */
  stages: Record<string, number>;
}

/** "Timings: start-up 0.23 s, reading 0.07 s, …." (scripts/ingest.ts --timings) as seconds by stage. */
function stagesOf(stdout: string): Record<string, number> {
  const line = /^Timings: (.*)\.$/m.exec(stdout)?.[1];
  if (!line) throw new Error(`the ingest printed no timings:\n${stdout}`);
  return Object.fromEntries(line.split(', ').map((part) => {
    const m = /^(.+) (\d+\.\d+) s$/.exec(part)!;
    return [m[1]!, Number(m[2])];
  }));
}

const TRASH = path.join(ROOT, values.work, 'trash');
let trashed = 0;
/**
 * Moves a previous run's output out of the way; it is deleted after the measurements. On this machine's disk,
 * writing into space a deletion had just freed took ten times as long (0.4 ms a file against 0.06 ms), and
 * that cost fell on whichever build ran first after the deletion, which is not what a build costs.
 */
function discard(dir: string): void {
  if (!existsSync(dir)) return;
  mkdirSync(TRASH, { recursive: true });
  renameSync(dir, path.join(TRASH, `${process.pid}-${trashed++}`));
}

function prepare(size: number): string {
  const dir = path.join(ROOT, values.work, String(size));
  discard(dir);
  mkdirSync(path.join(dir, 'seeds'), { recursive: true });
  mkdirSync(path.join(dir, 'bare-articles'), { recursive: true });
  for (const f of generateCorpus(size).files) {
    writeFileSync(path.join(dir, 'seeds', f.name), f.text);
    // The same article as a plain MDX page for the bare site: title, then its lines as paragraphs.
    const [title, ...rest] = f.text.trim().split('\n');
    writeFileSync(path.join(dir, 'bare-articles', f.name.replace(/\.txt$/, '.mdx')), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${rest.join('\n\n')}\n`);
  }
  return dir;
}

function once(size: number, dir: string): Run {
  for (const d of ['content', 'dist', 'astro-cache', '.cache', 'bare-dist', 'bare-cache']) discard(path.join(dir, d));
  const ingest = node([path.join(ROOT, 'scripts/ingest.ts'), '--quiet', '--timings'], dir);
  const env = { DOSSIER_CONTENT: path.join(dir, 'content'), DOSSIER_OUT: path.join(dir, 'dist'), DOSSIER_CACHE: path.join(dir, 'astro-cache') };
  const astro = node(['node_modules/astro/bin/astro.mjs', 'build', '--silent'], ROOT, env);
  const pagefind = timed('node_modules/.bin/pagefind', ['--site', env.DOSSIER_OUT, '--silent']);
  const bareEnv = { BARE_CONTENT: path.join(dir, 'bare-articles'), BARE_OUT: path.join(dir, 'bare-dist'), BARE_CACHE: path.join(dir, 'bare-cache') };
  const bare = node([path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], path.join(ROOT, 'bench/bare'), bareEnv);
  // Incremental: one article changes; the ingest reuses the cache for the rest and rewrites what changed.
  const changed = path.join(dir, 'seeds', '00001.txt');
  const original = readFileSync(changed, 'utf8');
  appendFileSync(changed, 'A late paragraph: officials said the talks would resume next month.\n');
  const incremental = node([path.join(ROOT, 'scripts/ingest.ts')], dir);
  writeFileSync(changed, original);
  const rewritten = Number(/Wrote (\d+) file/.exec(incremental.stdout)?.[1] ?? NaN);
  // The whole rebuild a team's CI does after that change, with the caches it keeps between runs (the
  // ingest's and Astro's data store): unchanged files are not parsed again.
  const warmAstro = node(['node_modules/astro/bin/astro.mjs', 'build', '--silent'], ROOT, env);
  const rebuild = incremental.seconds + warmAstro.seconds + timed('node_modules/.bin/pagefind', ['--site', env.DOSSIER_OUT, '--silent']);
  return {
    ingest: ingest.seconds,
    ingestMiB: ingest.rssMiB,
    astro: astro.seconds,
    astroMiB: astro.rssMiB,
    pagefind,
    total: ingest.seconds + astro.seconds + pagefind,
    distMB: sizeOf(env.DOSSIER_OUT) / 1e6,
    bare: bare.seconds,
    bareMiB: bare.rssMiB,
    bareMB: sizeOf(bareEnv.BARE_OUT) / 1e6,
    incremental: incremental.seconds,
    rewritten,
    rebuild,
    stages: stagesOf(ingest.stdout),
  };
}

const results: Record<number, Run & { runs: number }> = {};
for (const size of sizes) {
  process.stderr.write(`${size} articles: generating… `);
  const dir = prepare(size);
  const all: Run[] = [];
  for (let r = 0; r < runs; r++) {
    process.stderr.write(`run ${r + 1}/${runs}… `);
    all.push(once(size, dir));
  }
  process.stderr.write('done\n');
  const keys = (Object.keys(all[0]!) as (keyof Run)[]).filter((k) => k !== 'stages');
  const stages = Object.fromEntries(Object.keys(all[0]!.stages).map((k) => [k, median(all.map((x) => x.stages[k]!))]));
  results[size] = { ...(Object.fromEntries(keys.map((k) => [k, median(all.map((x) => x[k] as number))])) as unknown as Run), stages, runs };
}

const f = (x: number, d = 1): string => x.toFixed(d);
console.log(`\nMedians of ${runs} cold run(s) per size (seconds, MiB peak resident memory, MB on disk):\n`);
console.log('| articles | ingest | astro build | pagefind | dossier total | bare Astro | total / bare | ingest share | peak MiB (astro) | bare peak MiB | dist MB | bare MB | incremental ingest (files rewritten) | rebuild after one change |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const size of sizes) {
  const r = results[size]!;
  console.log(`| ${size} | ${f(r.ingest)} | ${f(r.astro)} | ${f(r.pagefind)} | ${f(r.total)} | ${f(r.bare)} | ${f(r.total / r.bare, 2)} | ${f((100 * r.ingest) / r.total)}% | ${f(r.astroMiB, 0)} | ${f(r.bareMiB, 0)} | ${f(r.distMB)} | ${f(r.bareMB)} | ${f(r.incremental, 2)} (${r.rewritten}) | ${f(r.rebuild)} |`);
}
const stageNames = Object.keys(results[sizes[0]!]!.stages);
console.log(`\nThe cold ingest by stage (medians, seconds; \`npm run ingest -- --timings\` prints them):\n`);
console.log(`| articles | ${stageNames.join(' | ')} |`);
console.log(`| ---: | ${stageNames.map(() => '---:').join(' | ')} |`);
for (const size of sizes) console.log(`| ${size} | ${stageNames.map((k) => f(results[size]!.stages[k]!, 2)).join(' | ')} |`);
const at = (n: number) => results[n];
const checks: [string, boolean | null, string][] = [];
if (at(1000)) checks.push(['dossier build ≤ 1.5 × bare Astro at 1,000', at(1000)!.total <= 1.5 * at(1000)!.bare, `${f(at(1000)!.total / at(1000)!.bare, 2)}×`]);
for (const n of [1000, 5000]) if (at(n)) checks.push([`ingest ≤ 10% of the build at ${n}`, at(n)!.ingest <= 0.1 * at(n)!.total, `${f((100 * at(n)!.ingest) / at(n)!.total)}%`]);
if (at(1000) && at(5000)) checks.push(['build grows ≤ 5.5× from 1,000 to 5,000', at(5000)!.total / at(1000)!.total <= 5.5, `${f(at(5000)!.total / at(1000)!.total, 2)}×`]);
if (at(5000)) checks.push(['peak memory at 5,000 ≤ 1.2 × bare', at(5000)!.astroMiB <= 1.2 * at(5000)!.bareMiB, `${f(at(5000)!.astroMiB / at(5000)!.bareMiB, 2)}×`]);
if (at(1000)) checks.push(['incremental ingest after one change of 1,000 < 2 s', at(1000)!.incremental < 2, `${f(at(1000)!.incremental, 2)} s`]);
console.log('\nTargets:');
for (const [what, ok, value] of checks) console.log(`  ${ok ? 'met    ' : 'MISSED '} ${what}: ${value}`);
rmSync(TRASH, { recursive: true, force: true });
if (values.json) writeFileSync(values.json, `${JSON.stringify({ runs, results, targets: checks.map(([what, ok, value]) => ({ what, met: ok, value })) }, null, 2)}\n`);
