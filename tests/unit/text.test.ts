/** tokenize: word tokens with their offsets, read character by character exactly as the expressions it replaced read them. */
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/pipeline/text.ts';

// What tokenize() does, as the expressions it was first written with.
function reference(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\d]+(?:['’\-.][\p{L}\p{M}\d]+)*['’]?|[^\s\p{L}\p{M}\d]/gu)) {
    const word = m[0];
    const at = m.index + offset;
    const join = /^(\p{Lu}?\p{Ll}{3,})(\p{Lu}\p{Ll}.*)$/u.exec(word);
    if (join?.[1] && join[2]) {
      out.push({ start: at, end: at + join[1].length, text: join[1] });
      out.push({ start: at + join[1].length, end: at + word.length, text: join[2] });
    } else out.push({ start: at, end: at + word.length, text: word });
  }
  return out;
}

describe('tokenize', () => {
  it('keeps inner apostrophes, hyphens and dots in a word, splits words run together, and counts from the offset', () => {
    expect(tokenize("People's Jae-myung U.S. Workers’ mediabankRussian, 24.6%", 10).map((t) => [t.text, t.start])).toEqual([
      ["People's", 10], ['Jae-myung', 19], ['U.S', 29], ['.', 32], ['Workers’', 34], ['mediabank', 43], ['Russian', 52], [',', 59], ['24.6', 61], ['%', 65],
    ]);
  });

  it('reads random text exactly as the expressions do', () => {
    // Letters of every case (with none, outside the BMP, titlecase), combining marks, digits, apostrophes,
    // hyphens, dots, spaces of several kinds, emoji, lone surrogates and line ends.
    const alphabet = ['a', 'b', 'r', 's', 'B', 'K', 'R', 'é', 'É', 'ß', 'Σ', 'σ', 'ǅ', '日', '\u0301', '𝐀', '𝐚', '😀', '\ud800', '\udc00', '-', "'", '’', ' ', '\u00a0', '\n', '.', ',', '0', '9', '٣'];
    let seed = 11;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 30000; n++) {
      const text = Array.from({ length: Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(tokenize(text, 3), JSON.stringify(text)).toEqual(reference(text, 3));
    }
  });
});
