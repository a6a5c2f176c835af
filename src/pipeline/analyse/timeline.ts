/**
 * The timeline: every dated event the sources mention (this visit, earlier summits, earlier treaties), by date.
 * A date without a year ("June 19") takes the article's year, or the year most sources were published in.
 * Sentences about the same date that say the same thing are one event, citing every paragraph that says it.
 */
import type { Cite } from '../../schema.ts';
import { MONTH_PATTERN, monthNumber } from '../../lexicons/calendar.ts';
import { slashedDayMonth } from '../dates.ts';
import { lowerBound } from '../group.ts';
import { datelineEnd } from '../parse.ts';
import type { Corpus } from './synopsis.ts';
import { addCite, cosine, vectorOf, type Sentence, type Vector } from './sentences.ts';

export interface TimelineEntry {
  /** "2024-06-19", "2000-07" or "2000": as precise as the sources are. */
  date: string;
  events: { text: string; cites: Cite[] }[];
}

const MONTH = MONTH_PATTERN;
const month = (word: string): string => String(monthNumber(word)).padStart(2, '0');
const day = (d: string): string => d.padStart(2, '0');
const YEAR = '(1[89]\\d{2}|20\\d{2})(?![\\d%])';

/** Each pattern gives a date key from its match, or null; the year of the sentence's context fills gaps. */
const PATTERNS: { re: RegExp; key: (m: RegExpMatchArray, year: string | null) => string | null; numeric?: true }[] = [
  // Numbers only, as press releases and wires write them: "2024-06-19", "19.06.2024", "19/06/2024". Not
  // inside a web address or a version number. With slashes, the order is told only when one side is over 12
  // ("06/19/2024" is American, "19/06/2024" European); "06/07/2024" could be either and is left.
  { re: new RegExp(`(?<![\\w./-])${YEAR}-(\\d{2})-(\\d{2})(?![\\w/-])`, 'g'), key: (m) => `${m[1]}-${m[2]}-${m[3]}`, numeric: true },
  { re: new RegExp(`(?<![\\w./-])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}(?![\\w/-]|\\.\\d)`, 'g'), key: (m) => `${m[3]}-${day(m[2]!)}-${day(m[1]!)}`, numeric: true },
  { re: new RegExp(`(?<![\\w./-])(\\d{1,2})/(\\d{1,2})/${YEAR}(?![\\w/-])`, 'g'), key: (m) => slashed(+m[1]!, +m[2]!, m[3]!), numeric: true },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'g'), key: (m) => `${m[3]}-${month(m[1]!)}-${day(m[2]!)}` },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+${YEAR}`, 'g'), key: (m) => `${m[3]}-${month(m[2]!)}-${day(m[1]!)}` },
  { re: new RegExp(`\\b${MONTH}\\s+${YEAR}`, 'g'), key: (m) => `${m[2]}-${month(m[1]!)}` },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s*\\d)`, 'g'), key: (m, y) => (y ? `${y}-${month(m[1]!)}-${day(m[2]!)}` : null) },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\b(?![,.]?\\s*\\d)`, 'g'), key: (m, y) => (y ? `${y}-${month(m[2]!)}-${day(m[1]!)}` : null) },
  { re: new RegExp(`\\b(?:in|since|of|from|until|till|by|before|after|during|the)\\s+${YEAR}\\b`, 'gi'), key: (m) => m[1]! },
];

/** A date written with slashes, as a key, when the numbers tell which is the day (slashedDayMonth). */
function slashed(a: number, b: number, year: string): string | null {
  const dm = slashedDayMonth(a, b);
  return dm && `${year}-${day(String(dm[1]))}-${day(String(dm[0]))}`;
}

/**
 * The date keys a sentence mentions, each once, with the characters that said it. Overlaps go to the most
 * precise. Without `numeric`, dates written in numbers only are not read: in a caption they are the photo's
 * stamp ("- Example Agency, 1920, 18.06.2024"), not the day of what it shows.
 */
export function datesIn(text: string, contextYear: string | null, numeric = true): { key: string; at: number; text: string }[] {
  const found: { key: string; at: number; end: number; text: string }[] = [];
  // Every pattern needs a digit: most sentences have none and are done without running six expressions.
  if (!/\d/.test(text)) return found;
  // The characters dates found so far cover: a date overlapping one is looked up there, not against each
  // date found (a line of 8,000 dates compared each with all before it).
  const covered = new Uint8Array(text.length);
  const overlaps = (at: number, end: number): boolean => {
    for (let i = at; i < end; i++) if (covered[i]) return true;
    return false;
  };
  for (const { re, key, numeric: isNumeric } of PATTERNS) {
    if (isNumeric && !numeric) continue;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (overlaps(at, end)) continue;
      const k = key(m, contextYear);
      if (k && valid(k)) {
        found.push({ key: k, at, end, text: m[0] });
        covered.fill(1, at, end);
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ key, at, text: t }) => ({ key, at, text: t }));
}

/** A month from 1 to 12, and a day that month has ("31.02.2024" is no date). */
const valid = (key: string): boolean => {
  const [y, m, d] = key.split('-').map(Number) as [number, number | undefined, number | undefined];
  return (m === undefined || (m >= 1 && m <= 12)) && (d === undefined || (d >= 1 && d <= new Date(Date.UTC(y, m!, 0)).getUTCDate()));
};

/** The year most articles were published in: the context for "June 19" in an undated article. */
export function commonYear(sentences: Sentence[]): string | null {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  let last: Sentence | null = null;
  for (const s of sentences) {
    if (!s.published) continue;
    // The sentences of an article follow each other: most repeat the one before's article and date.
    if (last && last.article === s.article && last.published === s.published) continue;
    last = s;
    const y = s.published.slice(0, 4);
    const key = `${s.article}\u0000${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Where a sentence's clauses meet: ", adding that ...", "; ", " and that ...". */
const CLAUSE = /,\s+(?=(?:adding|saying|noting|explaining|while|whereas)\b)|;\s+|\s+(?=and that\b)/g;

/**
 * A sentence that gives several dates is shown under each by the clause that gives it ("… adding that a
 * commission met in Pyongyang in November 2023 …"), not whole under every one. `shown(date)` is that text,
 * from `text` (the sentence, without its dateline when it has one). The sentence is shown whole when the
 * clause gives every date the sentence does, or has fewer than five words: it would tell nothing apart. (The
 * clauses and the dates each gives are read once per sentence: a line of thousands of dates is no slower.)
 */
function clauses(sentence: string, dates: { at: number; key: string }[]): (at: number, text: string, offset: number) => string {
  const keys = new Set(dates.map((d) => d.key)).size;
  if (keys < 2) return (_, text) => text;
  const cuts: { start: number; end: number; keys: Set<string> }[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE)) {
    cuts.push({ start, end: m.index, keys: new Set() });
    start = m.index + m[0].length;
  }
  cuts.push({ start, end: sentence.length, keys: new Set() });
  // (the last clause starting at or before `at`: the first clause starts at 0)
  const cutAt = (at: number): (typeof cuts)[number] => cuts[lowerBound(cuts, at + 1, (c) => c.start) - 1]!;
  for (const d of dates) cutAt(d.at).keys.add(d.key);
  return (at, text, offset) => {
    const cut = cutAt(at);
    const from = Math.max(cut.start, offset);
    const clause = sentence.slice(from, cut.end).trim();
    if (cut.keys.size === keys || clause.split(/\s+/).length < 5) return text;
    return `${from > offset ? '…' : ''}${clause}${cut.end < sentence.length ? '…' : ''}`;
  };
}

const SAME_EVENT = 0.35;
const PER_DATE = 4;

/**
 * The dated events, and for each date the articles whose running text gives it (`told`): not a caption, whose
 * date is when its photo was taken, often of something else ("speaks at a conference on March 4"), nor a
 * dateline, whose date is when the story was filed ("SEOUL, June 19 (Reuters) - An explosion ... on
 * Wednesday").
 */
export function timeline(sentences: Sentence[], corpus: Corpus): { entries: TimelineEntry[]; told: Map<string, Set<string>> } {
  const fallbackYear = commonYear(sentences);
  const told = new Map<string, Set<string>>();
  const byDate = new Map<string, { text: string; v: Vector; cites: Cite[] }[]>();
  for (const s of sentences) {
    const year = s.published?.slice(0, 4) ?? fallbackYear;
    const caption = s.kind === 'caption';
    // Shown without the wire's dateline ("SEOUL, June 19 (Reuters) - " says where it was filed), unless the
    // date is the dateline's: then the line shows what dates it.
    const from = caption ? 0 : datelineEnd(s.text);
    const dates = datesIn(s.text, year, !caption);
    const shown = clauses(s.text, dates);
    for (const d of dates) {
      // (the dateline's date, when the text gives it again, is the text's)
      if (d.at < from && dates.some((e) => e.at >= from && e.key === d.key)) continue;
      const text = d.at < from ? shown(d.at, s.text, 0) : shown(d.at, s.text.slice(from), from);
      if (!caption && d.at >= from) {
        let articles = told.get(d.key);
        if (!articles) told.set(d.key, (articles = new Set()));
        articles.add(s.article);
      }
      let events = byDate.get(d.key);
      if (!events) byDate.set(d.key, (events = []));
      const v = vectorOf(s.words, corpus.idf);
      const cite = { article: s.article, paragraph: s.paragraph };
      const same = events.find((e) => cosine(e.v, v) >= SAME_EVENT);
      if (same) {
        addCite(same.cites, cite);
        // The running text explains an event better than a caption: keep the longer, body sentence.
        if (!caption && text.length > same.text.length) same.text = text;
      } else if (!events.some((e) => e.text === text)) events.push({ text, v, cites: [cite] });
    }
  }
  const entries = [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, events]) => ({
      date,
      events: events
        .sort((a, b) => b.cites.length - a.cites.length)
        .slice(0, PER_DATE)
        .map(({ text, cites }) => ({ text, cites })),
    }));
  return { entries, told };
}
