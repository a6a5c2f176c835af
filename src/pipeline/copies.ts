/**
 * Duplicates and syndication. The same text under two file names is one article (the second is reported and
 * left out). The same story republished with small edits is two articles, each marked as a copy of the other.
 * Near-copies are found with bottom-k sketches of word 5-gram shingles: articles are only compared when
 * their sketches share a shingle, so the cost grows with the number of articles, not with its square.
 */
import { addTo, lowerBound } from './group.ts';
import { isStoryKind } from './parse.ts';
import type { Article } from './types.ts';

/** Above this share of common 5-word runs (Jaccard), two texts are the same story with small edits. */
export const COPY_THRESHOLD = 0.6;
const SKETCH = 24;

/** Is the code point a letter or a digit (\p{L}, \p{N})? Asked of the expression once per character outside ASCII. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordChars = new Map<number, boolean>();
function isWordChar(c: number): boolean {
  let yes = wordChars.get(c);
  if (yes === undefined) wordChars.set(c, (yes = WORD_CHAR.test(String.fromCodePoint(c))));
  return yes;
}

/**
 * The hash of every run of five words (runs of letters and digits, lower-cased), in order, repeats included:
 * each word is hashed once, as it is read (matching the words out and hashing each string was a twentieth of a
 * cold ingest), and a run's hash mixes its five. The hash is FNV-1a, 32 bits: shingles only need to be told
 * apart, not kept secret (a cryptographic hash per 5-gram was a tenth of the ingest).
 */
function runHashes(text: string): Uint32Array {
  const lower = text.toLowerCase();
  const words: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // (a surrogate pair is one character: asked about as one, hashed as its two halves)
    const pair = c >= 0xd800 && c <= 0xdbff && (lower.codePointAt(i) ?? 0) > 0xffff;
    const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isWordChar(pair ? lower.codePointAt(i)! : c);
    if (word) {
      if (!inWord) (h = 0x811c9dc5), (inWord = true);
      h = Math.imul(h ^ c, 0x01000193);
      if (pair) h = Math.imul(h ^ lower.charCodeAt(++i), 0x01000193);
    } else {
      if (inWord) words.push(h >>> 0);
      inWord = false;
      if (pair) i++;
    }
  }
  if (inWord) words.push(h >>> 0);
  const out = new Uint32Array(Math.max(words.length - 4, 0));
  for (let i = 0; i + 5 <= words.length; i++) {
    let run = 0x811c9dc5;
    for (let j = i; j < i + 5; j++) run = Math.imul(run ^ words[j]!, 0x01000193);
    out[i] = run >>> 0;
  }
  return out;
}

/** The set of a text's five-word run hashes. */
export const shingles = (text: string): Set<number> => new Set(runHashes(text));

/** Jaccard estimated from two bottom-k sketches (sorted): the share of the k smallest of their union that both hold. */
function estimate(a: number[], b: number[]): number {
  let i = 0, j = 0, both = 0, seen = 0;
  while (seen < SKETCH && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity, y = b[j] ?? Infinity;
    if (x === y) { both++; i++; j++; } else if (x < y) i++; else j++;
    seen++;
  }
  return seen ? both / seen : 0;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common || 1);
}

/** The text a copy is judged on: the story's running text, without captions, bylines and other boilerplate. */
export const storyText = (article: Article): string =>
  article.blocks.filter((b) => isStoryKind(b.kind)).map((b) => b.text).join('\n');

/** A text's bottom-k sketch: its smallest shingle hashes. Kept with each source's cached results. */
export function sketchOf(text: string): number[] {
  // The SKETCH smallest distinct hashes, kept in order as they are read: a hash not below the largest kept
  // is passed over, so few are placed (sorting all of an article's hashes cost five times as much).
  const out: number[] = [];
  for (const h of runHashes(text)) {
    if (out.length === SKETCH && h >= out[SKETCH - 1]!) continue;
    const lo = lowerBound(out, h, (x) => x);
    if (out[lo] === h) continue;
    out.splice(lo, 0, h);
    if (out.length > SKETCH) out.pop();
  }
  return out;
}

/**
 * For each id, the ids of the articles that are near-copies of it (not identical: those are deduplicated
 * earlier). A text is asked for, and its full set of shingles made, only when its sketch makes it a candidate.
 */
export function nearCopies(texts: { id: string; text: () => string; sketch: number[] }[]): Map<string, string[]> {
  const sets = texts.map((t) => ({ ...t, all: null as Set<number> | null }));
  const full = (x: (typeof sets)[number]): Set<number> => (x.all ??= shingles(x.text()));
  const buckets = new Map<number, number[]>();
  sets.forEach((s, i) => {
    for (const x of s.sketch) addTo(buckets, x, i);
  });
  const out = new Map<string, string[]>(texts.map((t) => [t.id, []]));
  const seen = new Set<string>();
  for (const list of buckets.values()) {
    // A shingle every article shares (a common boilerplate line) says nothing: skip very crowded buckets.
    if (list.length > 50) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [sets[list[i]!]!, sets[list[j]!]!];
        const key = `${a.id}\u0000${b.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // The sketches tell pairs far below the threshold cheaply; only plausible copies are counted in full.
        if (estimate(a.sketch, b.sketch) < COPY_THRESHOLD / 2) continue;
        if (jaccard(full(a), full(b)) >= COPY_THRESHOLD) {
          out.get(a.id)!.push(b.id);
          out.get(b.id)!.push(a.id);
        }
      }
    }
  }
  for (const list of out.values()) list.sort();
  return out;
}
