/**
 * The synopsis: the few sentences that best represent what all the sources say, extractive and cited.
 * A sentence scores by how many articles share its content words (cross-source support), by the entities it
 * names, and a little by how early it stands (news leads first). Scoring is linear in the number of sentences:
 * no sentence is compared with every other; only the chosen few are, to find the paragraphs that back them.
 */
import { WEEKDAY_PATTERN } from '../../lexicons/calendar.ts';
import { NUMBER_WORDS } from '../../lexicons/numbers.ts';
import type { Cite } from '../../schema.ts';
import { datelineEnd, isStoryKind } from '../parse.ts';
import { wordCount } from '../text.ts';
import { cosine, vectorOf, type Sentence, type Vector } from './sentences.ts';
import { datesIn } from './timeline.ts';

export interface Cited {
  text: string;
  cites: Cite[];
}

const SIZE = 5;
const PER_ARTICLE = 2;
/** Above this similarity two sentences say the same thing: the second is left out of the synopsis. */
const SAME = 0.45;
/** Above this, a sentence in another article backs a chosen one and is cited with it. */
export const BACKS = 0.3;

export interface Corpus {
  idf: (term: number) => number;
  /** In how many articles a term occurs. */
  spread: (term: number) => number;
  articles: number;
  /** One more than the largest term number: the length of arrays indexed by term. */
  terms: number;
}

/** Counts over the sentences, which come grouped by article (as sentencesOf gives them). */
export function corpusOf(sentences: Sentence[]): Corpus {
  let terms = 0;
  for (const s of sentences) for (const t of s.words) if (t >= terms) terms = t + 1;
  const df = new Uint32Array(terms);
  const spread = new Uint32Array(terms);
  // The last sentence and article each term was counted in: a term counts once per sentence and per article.
  const lastSentence = new Int32Array(terms).fill(-1);
  const lastArticle = new Int32Array(terms).fill(-1);
  const articles = new Map<string, number>();
  let current = -1;
  sentences.forEach((s, i) => {
    let a = articles.get(s.article);
    if (a === undefined) articles.set(s.article, (a = articles.size));
    else if (a !== current) throw new Error(`corpusOf: the sentences of ${s.article} are not together`);
    current = a;
    for (const t of s.words) {
      if (lastSentence[t] === i) continue;
      lastSentence[t] = i;
      df[t]!++;
      if (lastArticle[t] !== a) {
        lastArticle[t] = a;
        spread[t]!++;
      }
    }
  });
  const n = Math.max(sentences.length, 1);
  return {
    idf: (t) => Math.log(1 + n / (df[t] || 1)),
    spread: (t) => spread[t] ?? 0,
    articles: articles.size,
    terms,
  };
}

/**
 * Sentences that make a poor summary line: too short or long, questions, lead-ins to a list or quote, and
 * lines that end without a stop: a picture's title or another story's headline the page runs as a paragraph
 * ("Two leaders meet in border region"), or a paragraph the scraper cut off. (A stop in any script: "।", "。",
 * "۔"; a closing quote after it: ".»")
 */
const usable = (s: Sentence): boolean => {
  const words = wordCount(s.text); // (a sentence's text is trimmed: as many as split(/\s+/) gives)
  return isStoryKind(s.kind) && words >= 8 && words <= 60 && /[.!…。！।۔።။](?:\s?["”’)\]»])*$/u.test(s.text) && !/^["“‘'(«‹„]/.test(s.text);
};

export function synopsis(sentences: Sentence[], corpus: Corpus, entityWeight: (key: string) => number): Cited[] {
  // A term's share in a sentence's score, worked out once per term; each term counts once per sentence.
  const weight = new Float64Array(corpus.terms).fill(NaN);
  const counted = new Int32Array(corpus.terms).fill(-1);
  const scored = sentences.filter(usable).map((s, k) => {
    let sum = 0;
    let distinct = 0;
    for (const t of s.words) {
      if (counted[t] === k) continue;
      counted[t] = k;
      distinct++;
      if (Number.isNaN(weight[t])) weight[t] = corpus.spread(t) >= 2 ? Math.log(corpus.spread(t)) : 0;
      sum += weight[t]!;
    }
    const shared = sum / Math.sqrt(distinct || 1);
    const named = s.entities.reduce((total, e) => total + entityWeight(e), 0);
    return { s, score: shared + Math.min(named, 2) + 0.5 / (1 + s.order), rank: 0 };
  });
  // Ties go by article, in the order localeCompare gives, then by place in the article: the articles are
  // ranked once, not compared by collation in each of the millions of comparisons of a big dossier.
  const ranks = articleRanks(scored.map((x) => x.s.article));
  for (const x of scored) x.rank = ranks.get(x.s.article)!;
  scored.sort((a, b) => b.score - a.score || a.rank - b.rank || a.s.order - b.s.order);

  const chosen: { s: Sentence; v: Vector }[] = [];
  const perArticle = new Map<string, number>();
  for (const { s } of scored) {
    if (chosen.length >= SIZE) break;
    if ((perArticle.get(s.article) ?? 0) >= PER_ARTICLE) continue;
    const v = vectorOf(s.words, corpus.idf);
    if (chosen.some((c) => cosine(c.v, v) > SAME)) continue;
    chosen.push({ s, v });
    perArticle.set(s.article, (perArticle.get(s.article) ?? 0) + 1);
  }
  // Only sentences sharing a term with a chosen line can back it. Each chosen term's postings (the sentences
  // it occurs in, and how often) are gathered in one pass; a line's dot product with every such sentence is
  // then summed term by term, and each sentence's norm is worked out once: no vector is made per sentence.
  // (Indexed by term number: it is looked up for every word of every sentence.)
  const postings: (number[] | undefined)[] = new Array(corpus.terms);
  for (const { v } of chosen) for (const t of v.keys()) postings[t] ??= [];
  sentences.forEach((s, i) => {
    for (const t of s.words) {
      const p = postings[t];
      if (!p) continue;
      if (p[p.length - 2] === i) p[p.length - 1]!++;
      else p.push(i, 1);
    }
  });
  // A sentence's squared length, with the sums cosine() makes for vectorOf(its words): each term's weight
  // added up word by word, then squared and summed in the order the terms first occur. Worked out once per
  // sentence, in arrays used again for every sentence instead of a Map made for each (most sentences of a
  // big dossier share some term with a chosen line).
  const norms = new Float64Array(sentences.length).fill(-1);
  const summed = new Float64Array(corpus.terms);
  const seen = new Uint8Array(corpus.terms);
  const order: number[] = [];
  const normAt = (i: number): number => {
    if (norms[i]! >= 0) return norms[i]!;
    for (const t of sentences[i]!.words) {
      if (!seen[t]) (seen[t] = 1), order.push(t);
      summed[t]! += corpus.idf(t);
    }
    let n = 0;
    for (const t of order) {
      n += summed[t]! * summed[t]!;
      summed[t] = 0;
      seen[t] = 0;
    }
    order.length = 0;
    return (norms[i] = n);
  };
  return chosen.map(({ s, v }) => {
    const dot = new Float64Array(sentences.length);
    const near = new Uint8Array(sentences.length);
    let na = 0;
    // The same sums, in the same order, as cosine(v, vectorOf(sentence)) makes.
    for (const [t, x] of v) {
      na += x * x;
      const p = postings[t]!;
      const idf = corpus.idf(t);
      for (let k = 0; k < p.length; k += 2) {
        const i = p[k]!;
        let y = 0;
        for (let c = 0; c < p[k + 1]!; c++) y += idf;
        dot[i]! += x * y;
        near[i] = 1;
      }
    }
    const similarity = (i: number): number => {
      const nb = normAt(i);
      return na && nb ? dot[i]! / Math.sqrt(na * nb) : 0;
    };
    // Shown without the wire's dateline: "BRUSSELS, March 21 (Reuters) - " says where it was filed, not what
    // happened; nor the bullet of a summary box's point ("• A jet with 186 people on board overran ...").
    return { text: s.text.slice(datelineEnd(s.text)).replace(/^[•·▪●‣◦]\s*/u, ''), cites: [{ article: s.article, paragraph: s.paragraph }, ...backing(s, near, sentences, similarity)] };
  });
}

/** Each article's place in localeCompare's order (articles it finds equal share one). */
function articleRanks(articles: string[]): Map<string, number> {
  const sorted = [...new Set(articles)].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  sorted.forEach((a, i) => rank.set(a, i > 0 && a.localeCompare(sorted[i - 1]!) === 0 ? rank.get(sorted[i - 1]!)! : i));
  return rank;
}

/** The figures a sentence gives ("30", "1.5", "1250"), without its dates and years. */
export function figures(text: string): Set<string> {
  const out = new Set<string>();
  if (!/\d/.test(text)) return out;
  let plain = text;
  for (const d of datesIn(text, '2000')) {
    // (with the day that ends a range: "June 19-20")
    const end = d.at + d.text.length + (/^\s*[-–]\s*\d{1,2}\b/.exec(text.slice(d.at + d.text.length))?.[0].length ?? 0);
    plain = plain.slice(0, d.at) + ' '.repeat(end - d.at) + plain.slice(end);
  }
  for (const m of plain.matchAll(/\d+(?:[.,]\d+)*/g)) {
    // (a year as written: "2,000 jobs" is a figure)
    if (!/^(?:19|20)\d\d$/.test(m[0])) out.add(m[0].replace(/,(?=\d{3}(?!\d))/g, ''));
  }
  return out;
}

/**
 * Whether a sentence `b` fails to back the figures a line `a` gives: it gives none of them. "€35 billion" does
 * not back "€30 billion", nor does a sentence with no sum at all.
 */
export const figuresDiffer = (a: Set<string>, b: Set<string>): boolean => a.size > 0 && ![...a].some((x) => b.has(x));

/**
 * Numbers written out that a line gives as its figure: a span of time ("shut for five days"; not "the two
 * countries", nor "one", a pronoun as often).
 */
const SPELLED_WORD = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-](?:minutes?|hours?|days?|weeks?|months?|years?)\b/gi;
/** The figures a line gives, written in digits or out. */
function allFigures(text: string): Set<string> {
  const out = figures(text);
  for (const m of text.matchAll(SPELLED_WORD)) out.add(String(NUMBER_WORDS[m[1]!.toLowerCase()]));
  return out;
}
const WEEKDAY_WORD = new RegExp(`\\b${WEEKDAY_PATTERN}\\b`, 'g');
/** The calendar days and weekdays a sentence names ("Sunday, March 9" → "sunday", "2000-03-09"). */
function days(text: string): Set<string> {
  const out = new Set<string>();
  for (const d of /\d/.test(text) ? datesIn(text, '2000') : []) if (d.key.length === 10) out.add(d.key.slice(5));
  for (const m of text.matchAll(WEEKDAY_WORD)) out.add(m[0].toLowerCase());
  return out;
}
/** Whether two sentences name days and none of them the same: "started on Sunday, March 9" against "on Saturday, March 8". */
const daysDiffer = (a: Set<string>, b: Set<string>): boolean => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
/** Whether a sentence gives the figures and days a line gives, as far as both give any (see backing). */
export const agreesWith = (line: string, other: string): boolean => !figuresDiffer(allFigures(line), allFigures(other)) && !daysDiffer(days(line), days(other));

/**
 * For a chosen sentence, the best-matching paragraph of each other article, when it says much the same, gives
 * the line's figures, if it has any (in digits or written out: "four days" does not back "five days"), and
 * names none but the line's days, if both name any: a sentence that gives another figure or another day does
 * not back the line, it disagrees with it.
 */
function backing(s: Sentence, near: Uint8Array, sentences: Sentence[], similarity: (i: number) => number): Cite[] {
  const best = new Map<string, { score: number; cite: Cite }>();
  for (let i = 0; i < sentences.length; i++) {
    if (!near[i]) continue;
    const t = sentences[i]!;
    if (t.article === s.article) continue;
    const score = similarity(i);
    if (score >= BACKS && score > (best.get(t.article)?.score ?? 0) && agreesWith(s.text, t.text)) best.set(t.article, { score, cite: { article: t.article, paragraph: t.paragraph } });
  }
  return [...best.values()].sort((a, b) => b.score - a.score).map((b) => b.cite);
}
