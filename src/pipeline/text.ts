/**
 * Small text utilities shared by the stages: sentences and word tokens with their offsets,
 * so every extracted span can point back at the exact characters of the source.
 */
import anyAscii from 'any-ascii';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose final dot does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep st mt jr sr no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est approx fig u.s u.k u.n e.g i.e a.m p.m'.split(
    ' ',
  ),
);

/** Splits a paragraph into sentences; offsets index into `text`. Closing quotes stay with their sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // (A run of stops is tried from its first only: from each of 40,000 dots the run was read to its end again.)
  const re = /(?<![.!?…])[.!?…]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = wordBefore(text, start, m.index);
      const lower = word.toLowerCase();
      // "U.S." style initials and known abbreviations; a single capital letter is an initial ("J. Smith").
      if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    pushTrimmed(out, text, start, end);
    start = end;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

/** A paragraph's sentences as Block.sentences keeps them: the start and end of each, one after the other. */
export function sentenceBounds(text: string): number[] {
  const out: number[] = [];
  for (const s of splitSentences(text)) out.push(s.start, s.end);
  return out;
}

/** The sentences that `bounds` (from sentenceBounds) mark in `text`. */
export function sentencesAt(text: string, bounds: number[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < bounds.length; i += 2) out.push({ start: bounds[i]!, end: bounds[i + 1]!, text: text.slice(bounds[i], bounds[i + 1]) });
  return out;
}

/** The index in `bounds` of the first sentence that holds [start, end), or -1. */
function sentenceHolding(bounds: number[], start: number, end: number): number {
  for (let i = 0; i < bounds.length; i += 2) if (bounds[i]! <= start && bounds[i + 1]! >= end) return i;
  return -1;
}

/** The index in `bounds` of the last sentence that starts at or before `at` (the one `at` stands in), or -1. */
export function sentenceFrom(bounds: number[], at: number): number {
  let found = -1;
  for (let i = 0; i < bounds.length && bounds[i]! <= at; i += 2) found = i;
  return found;
}

/** The text of the first sentence that holds text[start, end), or '' when none does. */
export function sentenceAround(text: string, bounds: number[], start: number, end: number): string {
  const i = sentenceHolding(bounds, start, end);
  return i < 0 ? '' : text.slice(bounds[i], bounds[i + 1]);
}

/** The longest snippet a mention carries: news sentences are shorter (a delegation's list in the seeds runs to 527 characters), a run-on list of names is not. */
const SNIPPET = 1000;

/**
 * The sentence around text[start, end) as a mention's snippet: the whole sentence, or, when it is longer
 * than SNIPPET characters, the words around the mention with "…" where it was cut. (Every mention carried its
 * whole sentence: one sentence naming 4,000 people made 320 MB of content.)
 */
export function snippetAround(text: string, bounds: number[], start: number, end: number): string {
  const i = sentenceHolding(bounds, start, end);
  if (i < 0) return '';
  const a = bounds[i]!;
  const b = bounds[i + 1]!;
  if (b - a <= SNIPPET) return text.slice(a, b);
  // (centred on the mention; near the sentence's start or end, the rest of the room goes to the other side)
  const half = Math.max(0, Math.floor((SNIPPET - (end - start)) / 2));
  let from = Math.max(a, start - half);
  let to = Math.min(b, Math.max(end + half, from + SNIPPET));
  from = Math.max(a, Math.min(from, to - SNIPPET));
  // (cut at spaces, so no word is shown in part)
  if (from > a) from = Math.min(start, text.indexOf(' ', from) + 1 || start);
  if (to < b) to = Math.max(end, text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : end);
  return `${from > a ? '…' : ''}${text.slice(from, to).trim()}${to < b ? '…' : ''}`;
}

const LAST_WORD = /([\p{L}.]+)$/u;
/**
 * The letters and dots that end text[start, end), up to 400 of them. The expression tries every position of
 * what it is given, so it is given the last 40 characters, and the last 400 only when the word may be longer
 * than that (or a letter outside the Basic Multilingual Plane may have been cut in two): long sentences made
 * this quadratic, and so did a line of long dotted words ("A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T. Word"),
 * each read back to the sentence's start. No abbreviation is that long.
 */
function wordBefore(text: string, start: number, end: number): string {
  const from = Math.max(start, end - 40);
  const word = LAST_WORD.exec(text.slice(from, end))?.[1] ?? '';
  if (from === start || word.length < end - from - 1) return word;
  return LAST_WORD.exec(text.slice(Math.max(start, end - 400), end))?.[1] ?? '';
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/**
 * Word tokens. Apostrophes and hyphens inside a word stay in it ("People's", "Jae-myung", "Workers’");
 * words the scraper ran together ("mediabankRussian") are split where a lower-case run meets a capital.
 */
export function tokenize(text: string, offset = 0): Token[] {
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

/**
 * Hangul syllables as separate words ("박지성" → "박 지 성"), so each romanises and compares on its own, as
 * Latin spellings of the name space them ("bak ji seong").
 */
export const spaceHangul = (text: string): string => text.replace(/(\p{Script=Hangul})(?=\p{Script=Hangul})/gu, '$1 ');

/**
 * any-ascii's transliteration, without its walk over every character when there is nothing to transliterate:
 * it leaves ASCII as it is, and most words of English text are ASCII. (Words are folded for every lookup.)
 */
export function toAscii(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return anyAscii(text);
  return text;
}

/** ASCII, lower case, hyphens and dots as spaces: the form names are compared in. */
export function foldName(name: string): string {
  return toAscii(spaceHangul(name))
    .toLowerCase()
    .replace(/['’`"“”]/g, '')
    .replace(/[-.‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** a-z, by character code. */
export const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;

const LETTER = /^\p{L}$/u;
/** Whether each character of the Basic Multilingual Plane is a letter, worked out when first met: 0 not yet, 1 yes, 2 no. */
const letters = new Uint8Array(0x10000);
/** The length of the letter (\p{L}) at text[i]: 1, 2 for one outside the BMP, 0 for none. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLower(c) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (!letters[c]) letters[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return letters[c] === 1 ? 1 : 0;
}

/** Does the word start with a capital letter? ASCII letters are told apart without the expression. */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

/** The number of whitespace-separated words, as s.split(/\s+/).filter(Boolean) has, counted without making them. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** What \s matches in a regular expression. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 128 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** Strips a possessive ending: "Kim's" → "Kim". */
export function stripPossessive(word: string): { word: string; possessive: boolean } {
  if (!word.includes("'") && !word.includes('’')) return { word, possessive: false }; // (the usual case, without the expressions)
  const m = /^(.+?)['’]s?$/u.exec(word);
  if (m?.[1] && /['’]s?$/u.test(word) && !/^\p{Lu}+['’]$/u.test(word)) return { word: m[1], possessive: true };
  return { word, possessive: false };
}

/** Damerau-free Levenshtein distance, for comparing family names of similar length. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
