/**
 * The whole pipeline as one function: seeds folder in, content files out. Per-source stages (read, parse,
 * extract) are cached by the source's hash and the pipeline's own code, so an unchanged source is not
 * re-processed. Resolution and analysis run over everything, since any source can change an entity; writing
 * serialises only the files whose inputs changed (write-memo.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Editorial, Summary } from '../schema.ts';
import { analyse } from './analyse/index.ts';
import { extractAll, fromEntry } from './extract-all.ts';
import { nearCopies, storyText } from './copies.ts';
import { isStoryKind } from './parse.ts';
import { listSeedFiles, readSource, SourceError } from './read.ts';
import { resolve, type Dossier } from './resolve/index.ts';
import type { Analysed, Source } from './types.ts';
import { contentFiles } from './write.ts';
import { WriteMemo } from './write-memo.ts';

export interface IngestOptions {
  /** Folder of *.txt sources and the optional dossier.yaml. */
  seeds: string;
  /** How paths are shown: "seeds/000.txt". */
  label?: string;
  /** Cache folder, or null for none. */
  cache: string | null;
  progress?: (done: number, total: number, file: string) => void;
  /** Told as each stage begins (the CLI shows it on a terminal, and times the stages with --timings). */
  stage?: (stage: Stage) => void;
  /** Build from the good sources when some are bad (they are listed in the warnings); otherwise bad sources fail the run. */
  keepGoing?: boolean;
  /** The content folder as it stands (path → text): with a cache, files whose inputs did not change are reused. */
  previous?: Map<string, string>;
}

/**
 * The stages of an ingest, in order: reading the sources (and the editorial file, and looking each source up
 * in the cache, whose stale entries are removed), parsing and extraction, resolution, near-copies, analysis,
 * serialising the content files, and waiting for the cache entries the workers may still be writing.
 */
export type Stage = 'read' | 'extract' | 'resolve' | 'copies' | 'analyse' | 'content' | 'cache';

/** Every source that could not be ingested, each with its reason and what to do. Nothing is written. */
export class IngestErrors extends Error {
  readonly errors: { file: string; message: string }[];
  constructor(errors: { file: string; message: string }[]) {
    super(`${errors.length} source(s) could not be ingested:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
    this.errors = errors;
  }
}

export interface IngestResult {
  dossier: Dossier;
  summary: Summary;
  files: Map<string, string>;
  cached: number;
  processed: number;
}

const SRC = path.dirname(fileURLToPath(import.meta.url));

/** A hash of the code that turns a source into an Analysed, so a changed extractor invalidates the cache. */
async function pipelineVersion(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(path.join(SRC, '../schema.ts')));
  for (const dir of [SRC, path.join(SRC, '../lexicons')]) {
    const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.ts')).sort();
    for (const n of names) hash.update(n).update(await readFile(path.join(dir, n)));
  }
  return hash.digest('hex').slice(0, 16);
}

export async function loadEditorial(seeds: string, label: string): Promise<Editorial | null> {
  const file = path.join(seeds, 'dossier.yaml');
  if (!existsSync(file)) return null;
  // Loaded only when there is a file to read: the YAML library that reports line numbers takes a tenth of a
  // second to load, a twentieth of an ingest after one source changes.
  const { parseEditorial } = await import('./editorial.ts');
  return parseEditorial(`${label}/dossier.yaml`, await readFile(file, 'utf8'));
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  options.stage?.('read');
  const label = options.label ?? options.seeds;
  const editorial = await loadEditorial(options.seeds, label);
  const names = await listSeedFiles(options.seeds);
  const version = options.cache ? await pipelineVersion() : '';
  if (options.cache) await mkdir(options.cache, { recursive: true });
  const analysed: Analysed[] = [];
  const errors: { file: string; message: string }[] = [];
  const duplicates: { file: string; of: string }[] = [];
  const seen = new Map<string, string>();
  let cached = 0;
  const used = new Set<string>();
  /** One source read, with its cached result when an earlier run processed the same text with the same code. */
  const read = async (name: string): Promise<{ source: Source; cached: Analysed | null; cacheFile: string | null } | SourceError> => {
    let source;
    try {
      source = await readSource(options.seeds, name, `${label}/${name}`);
    } catch (error) {
      if (error instanceof SourceError) return error;
      throw error;
    }
    const key = createHash('sha256').update(`${version}\u0000${source.file}\u0000${source.sha256}`).digest('hex');
    used.add(`${key}.json`);
    const cacheFile = options.cache ? path.join(options.cache, `${key}.json`) : null;
    if (cacheFile && existsSync(cacheFile)) {
      try {
        return { source, cached: fromEntry(readFileSync(cacheFile, 'utf8'), source), cacheFile };
      } catch {
        // a damaged cache entry is redone, never trusted
      }
    }
    return { source, cached: null, cacheFile };
  };
  const loaded = await Promise.all(names.map(read));
  // Entries for sources that changed or left, or made by an older pipeline, would pile up run after run.
  if (options.cache) {
    const stale = (await readdir(options.cache)).filter((f) => /^[0-9a-f]{64}\.json$/.test(f) && !used.has(f));
    await Promise.all(stale.map((f) => rm(path.join(options.cache!, f), { force: true })));
  }
  // The rest is parsed and extracted (extract-all.ts, on worker threads when there are many), then every
  // source is taken in name order, so duplicates and errors come out the same however the work finishes.
  const todo = loaded.flatMap((l) => (l instanceof SourceError || l.cached ? [] : [l]));
  let finished = 0;
  const tell = (file: string) => options.progress?.(++finished, names.length, file);
  for (const l of loaded) if (l instanceof SourceError || l.cached) tell(l instanceof SourceError ? l.file : l.source.file);
  options.stage?.('extract');
  const { results: fresh, saved } = await extractAll(todo, (i) => tell(todo[i]!.source.file));
  const results = new Map(todo.map((l, i) => [l, fresh[i]!]));
  for (const l of loaded) {
    if (l instanceof SourceError) {
      errors.push({ file: l.file, message: l.message });
      continue;
    }
    const { source } = l;
    const result = l.cached ?? results.get(l)!;
    // The same text under another name is the same article: kept once, reported.
    const first = seen.get(source.sha256);
    if (first) {
      duplicates.push({ file: source.file, of: first });
      continue;
    }
    seen.set(source.sha256, source.file);
    if (l.cached) cached++;
    if (!result.article.blocks.some((b) => isStoryKind(b.kind))) {
      errors.push({ file: source.file, message: `${source.file}: has a headline but no body text. Add the article's text, or remove the file from ${label}/.` });
      continue;
    }
    analysed.push(result);
  }
  if (errors.length && !options.keepGoing) throw new IngestErrors(errors);
  if (!analysed.length) throw new IngestErrors([{ file: label, message: `${label}/: no article could be ingested (put *.txt articles there).` }]);
  options.stage?.('resolve');
  const resolved = resolve(analysed, editorial);
  resolved.meta.warnings.push(
    ...duplicates.map((d) => ({ file: d.file, message: `same text as ${d.of}: ingested once, as that file's article. Remove one of the two.` })),
    ...errors.map((e) => ({ file: e.file, message: `skipped (--keep-going): ${e.message.slice(e.file.length + 2)}` })),
  );
  options.stage?.('copies');
  const sketches = new Map(analysed.map((r) => [r.article.source.file, r.sketch]));
  const copies = nearCopies(resolved.articles.map((a) => ({ id: a.id, text: () => storyText(a.article), sketch: sketches.get(a.article.source.file)! })));
  for (const a of resolved.articles) a.data.copies = copies.get(a.id) ?? [];
  options.stage?.('analyse');
  const { dossier, summary } = analyse(resolved);
  options.stage?.('content');
  // The memo only pays when there are files to reuse: keying every file by its inputs cost as much as writing
  // it (0.3-0.4 s of a cold ingest of 5,000 articles). Without content, the next run writes all and keys them.
  const memo = options.cache && options.previous?.size ? await WriteMemo.open(path.join(options.cache, 'written.json'), version, options.previous) : undefined;
  const files = contentFiles(dossier, summary, memo);
  await memo?.save();
  options.stage?.('cache');
  // The cache entries were being written meanwhile, on the threads that did the extraction.
  await saved;
  return { dossier, summary, files, cached, processed: names.length - cached };
}
