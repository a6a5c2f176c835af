/**
 * Duplicates and syndication. The same text under two file names is one article (the second is reported and
 * left out). The same story republished with small edits is two articles, each marked as a copy of the other.
 * Near-copies are found with bottom-k sketches of word 5-gram shingles: articles are only compared when
 * their sketches share a shingle, so the cost grows with the number of articles, not with its square.
 */
import { createHash } from 'node:crypto';

/** Above this share of common 5-word runs (Jaccard), two texts are the same story with small edits. */
export const COPY_THRESHOLD = 0.6;
const SKETCH = 24;

const hash = (s: string): number => createHash('sha1').update(s).digest().readUInt32BE(0);

export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(hash(words.slice(i, i + 5).join(' ')));
  return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common || 1);
}

/** For each id, the ids of the articles that are near-copies of it (not identical: those are deduplicated earlier). */
export function nearCopies(texts: { id: string; text: string }[]): Map<string, string[]> {
  const sets = texts.map((t) => ({ id: t.id, set: shingles(t.text) }));
  const buckets = new Map<number, number[]>();
  sets.forEach((s, i) => {
    for (const x of [...s.set].sort((a, b) => a - b).slice(0, SKETCH)) {
      let list = buckets.get(x);
      if (!list) buckets.set(x, (list = []));
      list.push(i);
    }
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
        if (jaccard(a.set, b.set) >= COPY_THRESHOLD) {
          out.get(a.id)!.push(b.id);
          out.get(b.id)!.push(a.id);
        }
      }
    }
  }
  for (const list of out.values()) list.sort();
  return out;
}
