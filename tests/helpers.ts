/** Shared test helpers: the seeds, ingested once per test file (in memory, no cache). */
import { readFileSync } from 'node:fs';
import { analyseSource } from '../src/pipeline/extract-all.ts';
import { ingest, type IngestResult } from '../src/pipeline/ingest.ts';
import { decodeSource } from '../src/pipeline/read.ts';
import { parseSource } from '../src/pipeline/parse.ts';
import type { Article } from '../src/pipeline/types.ts';

export const SEEDS = [
  '000_a464e586ecffd183.txt',
  '001_e7590b586cafdacd.txt',
  '002_74ca050b70102d80.txt',
  '003_9a756836283dcb94.txt',
  '004_73dbb3b888fae9b8.txt',
] as const;

let seeds: Promise<IngestResult> | null = null;
export const ingestSeeds = (): Promise<IngestResult> => (seeds ??= ingest({ seeds: 'seeds', cache: null }));

export function parseSeed(name: string): Article {
  return parseSource(decodeSource(`seeds/${name}`, readFileSync(`seeds/${name}`)));
}

/** A made-up article, by its file name and its text (a headline, a blank line, the story), read as ingest reads a source. */
export const madeUpArticle = (name: string, text: string) => analyseSource(decodeSource(`t/${name}`, new TextEncoder().encode(text)));
