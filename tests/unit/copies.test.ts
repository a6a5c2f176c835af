/** copies: the word hashes near-copies are found with, read character by character exactly as the expression read the words. */
import { describe, expect, it } from 'vitest';
import { wordHashes } from '../../src/pipeline/copies.ts';

// FNV-1a over the UTF-16 code units of each word the expression finds in the lower-cased text.
const fnv = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
const reference = (text: string): number[] => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv);

describe('wordHashes', () => {
  it('hashes each word of the lower-cased text', () => {
    expect(wordHashes('Kim’s TALKS, 2024!')).toEqual(['kim', 's', 'talks', '2024'].map(fnv));
  });

  it('reads random text exactly as the expression does', () => {
    // Letters that change length or kind when lower-cased (İ, ẞ), numbers that are not digits (Ⅻ, ½, ٣), marks,
    // letters and numbers outside the BMP, emoji, lone surrogates, punctuation and spaces.
    const alphabet = ['a', 'B', 'é', 'İ', 'ẞ', 'Σ', 'ǅ', '日', 'Ⅻ', '½', '٣', '\u0301', '𝐀', '𝟙', '😀', '\ud800', '\udc00', '-', "'", '’', ' ', '.', '0'];
    let seed = 5;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(wordHashes(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
