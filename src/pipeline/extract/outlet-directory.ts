/**
 * Finds names from the general directory of news organisations in text. Matching is case-sensitive and
 * token-aligned, longest name first; a leading "The" is optional, as in running text.
 */
import { OUTLETS, type OutletEntry } from '../../lexicons/outlets.ts';
import { isAsciiLower, isCapitalised, tokenize, type Token } from '../text.ts';

export interface DirectoryHit {
  entry: OutletEntry;
  /** The words as written. */
  alias: string;
  start: number;
  end: number;
}

const key = (s: string): string[] =>
  tokenize(s.replace(/^the\s+/i, ''))
    .map((t) => t.text)
    .filter((t) => t !== '.');

/** Directory names indexed by their first word; each list longest first. */
const INDEX = (() => {
  const index = new Map<string, { words: string[]; entry: OutletEntry }[]>();
  for (const entry of OUTLETS) {
    for (const name of [entry.name, ...entry.aliases]) {
      const words = key(name);
      const first = words[0];
      if (!first) continue;
      const list = index.get(first) ?? [];
      list.push({ words, entry });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();

/** The lower-case ASCII letters some directory name starts with ("dpa", "taz"): a word starting with another is no name's first word. */
const LOWER_INITIALS = new Set([...INDEX.keys()].map((k) => k.charCodeAt(0)).filter(isAsciiLower));

/** Words that may stand right before an outlet's name without being part of it. */
const CREDIT_WORDS = new Set(['The', 'Copyright', 'Photo', 'Photos', 'Source', 'Sources', 'Credit', 'Courtesy', 'Via', 'Image', 'Video', 'Watch', 'Read', 'Listen']);
/** A word as an outlet name is matched: without a possessive or a web address ending ("RTTNews.com"). */
const bareWord = (word: string): string => word.replace(/['’]s$/, '').replace(/\.(?:com|net|org|co\.uk|co\.kr|ru|kr|jp|cn|de|fr|in|au)$/i, '');

/** An all-capitals word of four letters or more: compared case-insensitively. */
const j0 = (word: string): boolean => /^\p{Lu}{4,}$/u.test(word);
/** An all-capitals word of two letters or more ("EL" of "EL PAÍS"): compared so when the next word shouts too. */
function shouted(word: string | undefined): boolean {
  if (!word || word.length < 2) return false;
  const c = word.charCodeAt(1); // (a second letter in a-z, as most words have, settles it without the expression)
  return !(c < 128 && (c < 65 || c > 90)) && /^\p{Lu}{2,}$/u.test(word);
}

/**
 * Every directory name in `text`, left to right, without overlaps. `words` are the tokens of the part of
 * `text` to scan (a sentence of it, say), when the caller has them already; positions are in `text`.
 */
export function scanDirectory(text: string, words: Token[] = tokenize(text)): DirectoryHit[] {
  const tokens: Token[] = [];
  for (const t of words) {
    if (t.text === '.') continue;
    // "Reuters-Yonhap": a credit of two agencies joined by a hyphen is read as both.
    const parts = t.text.includes('-') ? t.text.split('-') : null;
    if (!parts || INDEX.has(t.text) || !parts.every((p) => INDEX.has(p))) {
      tokens.push(t);
      continue;
    }
    let at = t.start;
    for (const p of parts) {
      tokens.push({ start: at, end: at + p.length, text: p });
      at += p.length + 1;
    }
  }
  const hits: DirectoryHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!.text;
    const initial = raw.charCodeAt(0);
    if (isAsciiLower(initial) && !LOWER_INITIALS.has(initial)) continue; // most words: no lookup needed
    // Most words are not the first word of any name: they are looked up as they stand, and only a word that
    // could carry a possessive or a web address ending is stripped first.
    const word = raw.includes('.') || raw.includes("'") || raw.includes('’') ? bareWord(raw) : raw;
    // Headlines and credits shout ("YONHAP News"): an all-capitals word may match its title-case name.
    // (a word in capitals of four letters or more, or of two or three before another: "EL PAÍS"; tested only
    // when the word as it stands names nothing)
    const exact = INDEX.get(word);
    const shouting = !exact && shouted(word) && (word.length >= 4 || shouted(tokens[i + 1]?.text));
    const candidates = exact ?? (shouting ? INDEX.get(word[0] + word.slice(1).toLowerCase()) : undefined);
    if (!candidates) continue;
    // Part of a longer proper name ("the Korean Peninsula", "Lenin Times Square") is not the outlet; a name in
    // capitals before it is another thing ("By JANE DOE Associated Press").
    const prev = tokens[i - 1];
    // (a name in capitals is a word of four letters or more, or two shouting words: "US Express", "NHS
    // Insider" are proper names)
    const named = !!prev && shouted(prev.text) && !shouted(raw) && (prev.text.length >= 4 || shouted(tokens[i - 2]?.text));
    const glued = prev && isCapitalised(prev.text) && !/['’]s?$/.test(prev.text) && !CREDIT_WORDS.has(prev.text) && i - 1 > 0 && !named;
    if (glued && text.slice(prev.end, tokens[i]!.start) === ' ') continue;
    for (const { words, entry } of candidates) {
      const slice = tokens.slice(i, i + words.length);
      if (slice.length !== words.length) continue;
      const last = words.length - 1;
      const same = (x: string, b: string | undefined): boolean => {
        const a = bareWord(x);
        return a === b || ((j0(a) || (shouting && shouted(a))) && a.toLowerCase() === b?.toLowerCase());
      };
      if (!slice.every((t, j) => same(t.text, words[j]) || (j === last && same(t.text.replace(/['’]s?$/, ''), words[j])))) continue;
      // The next word must not continue a longer proper name ("Stern Review", "Time Warner"); after a
      // possessive it cannot ("the Guardian's Andean correspondent").
      const next = tokens[i + words.length];
      if (next && /^\p{Lu}/u.test(next.text) && text.slice(slice[last]!.end, next.start) === ' ' && entry.ambiguous && !/['’]s$/.test(slice[last]!.text)) continue;
      let start = slice[0]!.start;
      if (/(?:^|\s)[Tt]he\s$/.test(text.slice(Math.max(0, start - 4), start))) start -= 4;
      const end = slice[last]!.end - (/['’]s$/.test(slice[last]!.text) ? 2 : 0);
      hits.push({ entry, alias: text.slice(start, end).replace(/^[Tt]he\s+/, ''), start, end });
      i += words.length - 1;
      break;
    }
  }
  return hits;
}

/** The directory outlet named by a short line (a masthead, a "Source:" value), if the line is just that name. */
export function findOutletName(line: string, whole: boolean): OutletEntry | null {
  const hits = scanDirectory(line.trim());
  const hit = hits[0];
  if (!hit) return null;
  if (!whole) return hit.entry;
  const rest = (line.slice(0, hit.start) + line.slice(hit.end)).replace(/^\s*the\s+/i, '').replace(/[\s.,:;|–—-]+/g, '');
  return rest === '' ? hit.entry : null;
}
