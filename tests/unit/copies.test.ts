/**
 * The near-copy sketch reads words character by character and keeps its smallest hashes as it goes; it must
 * give what the plain definition gives: the 24 smallest distinct hashes of five-word runs, words being runs of
 * letters and digits (\p{L}, \p{N}) of the lower-cased text.
 */
import { describe, expect, it } from 'vitest';
import { sketchOf } from '../../src/pipeline/copies.ts';

const fnv = (s: string, h = 0x811c9dc5): number => {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

function reference(text: string): number[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => fnv(w));
  const runs = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) runs.add(words.slice(i, i + 5).reduce((h, w) => Math.imul(h ^ w, 0x01000193), 0x811c9dc5) >>> 0);
  return [...runs].sort((a, b) => a - b).slice(0, 24);
}

describe('near-copy sketches', () => {
  it('are the smallest distinct five-word run hashes, whatever the script', () => {
    // (accents, a dotted capital I that lower-cases to two characters, Hangul, letters outside the Basic
    // Multilingual Plane, emoji and lone surrogates between words, digits in other scripts, no-break spaces)
    const alphabet = ['a', 'B', 'z', '0', '9', ' ', ' ', '-', '.', 'é', 'É', 'İ', 'ß', 'ﬁ', '한', '국', '𝒜', '😀', '\u0301', 'Σ', '\u00a0', '\n', 'Ⅻ', '٣', '\ud800', '\udc00'];
    let seed = 7;
    const pick = (): string => alphabet[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length]!;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: n % 300 }, pick).join('');
      expect(sketchOf(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('keep 24 hashes of a long text, and none of a text under five words', () => {
    expect(sketchOf(Array.from({ length: 400 }, (_, i) => `word${i}`).join(' '))).toHaveLength(24);
    expect(sketchOf('four words only here')).toEqual([]);
  });
});
