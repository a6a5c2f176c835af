/**
 * npm run ingest: seeds/*.txt (+ optional seeds/dossier.yaml) → content/. Wires the pipeline stages,
 * shows progress on a terminal, writes only files whose content changed, and reports what it found.
 * `--check` writes nothing and fails, naming the files, when content/ is not what the seeds give.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { appendFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ingest, IngestErrors, type Stage } from '../src/pipeline/ingest.ts';
import { CacheError } from '../src/pipeline/extract-all.ts';
import { SourceError } from '../src/pipeline/read.ts';
import { changeReport } from '../src/pipeline/report.ts';
import { readOptions } from './cli.ts';

const HELP = `Usage: npm run ingest -- [options]

Turns every seeds/*.txt article into MDX collections in content/ (articles, people,
agreements, outlets) plus content/dossier.json. Reads seeds/dossier.yaml if present.

Options:
  --seeds <dir>    folder of source articles (default: seeds)
  --out <dir>      content folder to write (default: content)
  --check          write nothing; exit 1 and name the files if the content folder is stale
  --report <file>  write a Markdown change report there: new, changed and removed people,
                   agreements, outlets and articles (CI appends it to $GITHUB_STEP_SUMMARY)
  --keep-going     build from the good sources when some are bad (they are listed;
                   without it, any bad source fails the run and nothing is written)
  --no-cache       re-process every source (the cache lives in .cache/ingest)
  --quiet          print errors only
  --timings        print how long each stage took (even with --quiet)
  -h, --help       show this help

Exit status: 0 on success, 1 when content is stale (--check) or a source cannot be ingested
(unless --keep-going).`;

const KINDS = ['articles', 'people', 'agreements', 'outlets'];

/** How the stages are named on the terminal and in --timings. */
const STAGE_NAMES: Record<Stage | 'start-up' | 'write' | 'compare', string> = {
  'start-up': 'start-up',
  read: 'reading',
  extract: 'extraction',
  resolve: 'resolution',
  copies: 'near-copies',
  analyse: 'analysis',
  content: 'content files',
  cache: 'cache entries',
  write: 'writing',
  compare: 'comparing',
};

async function existing(out: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const kind of KINDS) {
    const dir = path.join(out, kind);
    if (!existsSync(dir)) continue;
    const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
    // Read one after another, synchronously: thousands of small files from the page cache take a third of the
    // time that promises (a round trip to the thread pool each) took.
    for (const n of names) files.set(`${kind}/${n}`, readFileSync(path.join(dir, n), 'utf8'));
  }
  for (const name of ['dossier.json', 'summary.json']) {
    const file = path.join(out, name);
    if (existsSync(file)) files.set(name, readFileSync(file, 'utf8'));
  }
  return files;
}

async function main(): Promise<number> {
  const { values } = readOptions(
    {
      options: {
        seeds: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'content' },
        check: { type: 'boolean', default: false },
        report: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'keep-going': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        timings: { type: 'boolean', default: false },
      },
    },
    HELP,
  );
  const log = (s: string): void => void (values.quiet || console.log(s));
  const tty = process.stderr.isTTY && !values.quiet;
  const started = performance.now();
  // When each stage began, from the process's start (start-up: loading the code, reading content/).
  const began: [Stage | 'start-up', number][] = [['start-up', 0]];
  const before = await existing(values.out);
  const result = await ingest({
    seeds: values.seeds,
    label: path.relative(process.cwd(), path.resolve(values.seeds)) || '.',
    cache: values['no-cache'] ? null : '.cache/ingest',
    keepGoing: values['keep-going'],
    previous: before,
    progress: (done, total, file) => {
      if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${file}`);
    },
    stage: (stage) => {
      began.push([stage, performance.now()]);
      // After the sources' counter, the stages that run over the whole dossier (seconds each at thousands).
      if (tty && stage !== 'read' && stage !== 'extract') process.stderr.write(`\r\x1b[K${STAGE_NAMES[stage]}…`);
    },
  });
  const afterIngest = performance.now();
  if (tty) process.stderr.write('\r\x1b[K');
  /** With --timings, each stage's length; `last` names what came after the ingest (writing, or comparing). */
  const timings = (last: 'write' | 'compare'): void => {
    if (!values.timings) return;
    const end = performance.now();
    const stages: [string, number][] = [...began.map(([stage, at]) => [STAGE_NAMES[stage], at] as [string, number]), [STAGE_NAMES[last], afterIngest]];
    console.log(`Timings: ${stages.map(([name, at], i) => `${name} ${(((stages[i + 1]?.[1] ?? end) - at) / 1000).toFixed(2)} s`).join(', ')}.`);
  };

  const changed = [...result.files].filter(([f, text]) => before.get(f) !== text).map(([f]) => f);
  const removed = [...before.keys()].filter((f) => !result.files.has(f));
  if (values.report) await appendFile(values.report, `${changeReport(before, result.files)}\n`);
  if (values.check) {
    timings('compare');
    if (!changed.length && !removed.length) {
      log(`${values.out}/ is up to date with ${values.seeds}/ (${result.files.size} files).`);
      return 0;
    }
    console.error(`${values.out}/ is stale: ${changed.length + removed.length} file(s) differ from what ${values.seeds}/ gives:`);
    for (const f of changed) console.error(`  ${before.has(f) ? 'changed' : 'missing'}  ${values.out}/${f}`);
    for (const f of removed) console.error(`  extra    ${values.out}/${f}`);
    console.error('Run `npm run ingest` and commit content/.');
    return 1;
  }
  // Synchronously, like the reading above: a round trip to the thread pool for each of thousands of small
  // files took longer than the writing (0.75 s for 1,229 files, against 0.1 s).
  for (const dir of new Set(changed.map((f) => path.dirname(path.join(values.out, f))))) mkdirSync(dir, { recursive: true });
  for (const f of changed) writeFileSync(path.join(values.out, f), result.files.get(f)!);
  for (const f of removed) rmSync(path.join(values.out, f));
  timings('write');

  const { dossier } = result;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  log(
    `Ingested ${dossier.articles.length} article(s) in ${seconds}s (${result.processed} processed, ${result.cached} from cache): ` +
      `${dossier.people.length} people, ${dossier.agreements.length} agreements, ${dossier.outlets.length} outlets.`,
  );
  log(`Wrote ${changed.length} file(s), removed ${removed.length}, ${result.files.size - changed.length} unchanged, in ${values.out}/.`);
  if (dossier.meta.warnings.length) {
    log(`${dossier.meta.warnings.length} warning(s):`);
    for (const w of dossier.meta.warnings) log(`  ${w.file ? `${w.file}: ` : ''}${w.message}`);
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K'); // the progress or stage shown last
    if (error instanceof SourceError || error instanceof CacheError) console.error(`error: ${error.message}`);
    else if (error instanceof IngestErrors) {
      for (const e of error.errors) console.error(`error: ${e.message}`);
      console.error(`${error.errors.length} source(s) could not be ingested; nothing was written. Fix or remove them, or run with --keep-going to build from the rest.`);
    }
    else console.error(error);
    process.exitCode = 1;
  },
);
