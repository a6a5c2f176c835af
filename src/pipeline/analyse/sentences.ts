/**
 * The sentences the summary is built from: running text (and captions for dates), each with the paragraph it
 * cites and the entities mentioned in it. Computed once per dossier; every analysis reads this list.
 */
import type { ArticleMention, BlockKind, Cite } from '../../schema.ts';
import type { Dossier } from '../resolve/index.ts';
import { isAsciiLower, letterAt, sentencesAt } from '../text.ts';
import { groupBy } from '../group.ts';

export interface Sentence {
  article: string;
  paragraph: string;
  kind: BlockKind;
  /** Position of the sentence in its article, from 0. */
  order: number;
  text: string;
  /**
   * Its content words (terms()) as numbers (Vocabulary), found once here for every analysis that compares
   * sentences: they count and compare numbers, which is much cheaper than strings over thousands of articles.
   */
  words: number[];
  /** "person:jane-doe" style keys of the entities mentioned in the sentence. */
  entities: string[];
  /** The article's publication date, when known. */
  published: string | null;
}

const KINDS: ReadonlySet<BlockKind> = new Set(['standfirst', 'body', 'caption']);

export function sentencesOf(dossier: Dossier): Sentence[] {
  const out: Sentence[] = [];
  const vocabulary = new Vocabulary();
  for (const { id, data, article } of dossier.articles) {
    let order = 0;
    const byBlock = groupBy(data.mentions, (m) => m.paragraph);
    for (const block of article.blocks) {
      if (!KINDS.has(block.kind)) continue;
      const marks = byBlock.get(block.id) ?? [];
      for (const s of sentencesAt(block.text, block.sentences)) {
        const entities = [...new Set(marks.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => `${m.kind}:${m.entity}`))];
        out.push({ article: id, paragraph: block.id, kind: block.kind, order: order++, text: s.text, words: vocabulary.numbers(s.text), entities, published: data.date });
      }
    }
  }
  return out;
}

/**
 * The people a sentence names, each with where the mention stands in the sentence's text. Each article's
 * paragraphs and person mentions by paragraph are indexed when a sentence of it is first asked about: the few
 * analyses that need them ask of few sentences.
 */
export function peopleOfSentences(dossier: Dossier): (s: Sentence) => { id: string; start: number; end: number }[] {
  const articles = new Map(dossier.articles.map((a) => [a.id, a]));
  const indexed = new Map<string, { texts: Map<string, string>; people: Map<string, ArticleMention[]> }>();
  return (s) => {
    const a = articles.get(s.article);
    if (!a) return [];
    let index = indexed.get(s.article);
    if (!index) indexed.set(s.article, (index = { texts: new Map(a.article.blocks.map((b) => [b.id, b.text])), people: groupBy(a.data.mentions.filter((m) => m.kind === 'person'), (m) => m.paragraph) }));
    const at = index.texts.get(s.paragraph)?.indexOf(s.text) ?? -1;
    if (at < 0) return [];
    return (index.people.get(s.paragraph) ?? []).filter((m) => m.start >= at && m.end <= at + s.text.length).map((m) => ({ id: m.entity, start: m.start - at, end: m.end - at }));
  };
}

/** Adds a citation unless the same paragraph is already cited. */
export function addCite(cites: Cite[], cite: Cite): void {
  if (!cites.some((c) => c.article === cite.article && c.paragraph === cite.paragraph)) cites.push(cite);
}

// Function words and reporting verbs: they say nothing about what a sentence is about.
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours said says say told according reported report reports news also its it's one two three new would could may might must shall year years time today yesterday week`.split(
    /\s+/,
  ),
);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Content words of a sentence, folded: lower case, a plural or possessive "s" dropped. A word is what
 * /[\p{L}\d][\p{L}\d'’-]*\/gu matches in the lower-cased text, found here character by character: the
 * expression and the two it took to strip endings were most of the time spent on a dossier's sentences
 * (tests/unit/analyse.test.ts checks this against the expressions on random text).
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    const first = isDigit(lower.charCodeAt(i)) ? 1 : letterAt(lower, i);
    if (!first) {
      i++;
      continue;
    }
    let j = i + first;
    while (j < lower.length) {
      const c = lower.charCodeAt(j);
      const n = isDigit(c) || isApostrophe(c) || c === 45 ? 1 : letterAt(lower, j);
      if (!n) break;
      j += n;
    }
    let end = j;
    // A possessive ("korea's", "states'"), then a plural "s" after three letters a-z ("talks", not "was").
    if (isApostrophe(lower.charCodeAt(end - 1))) end--;
    else if (lower.charCodeAt(end - 1) === 115 && end - i >= 2 && isApostrophe(lower.charCodeAt(end - 2))) end -= 2;
    if (lower.charCodeAt(end - 1) === 115 && end - i >= 4 && isAsciiLower(lower.charCodeAt(end - 2)) && isAsciiLower(lower.charCodeAt(end - 3)) && isAsciiLower(lower.charCodeAt(end - 4))) end--;
    const w = lower.slice(i, end);
    if (w.length >= 3 && !STOPWORDS.has(w) && !(isDigit(w.charCodeAt(0)) && /^\d+$/.test(w))) out.push(w);
    i = j;
  }
  return out;
}

/** Numbers for content words: each distinct term gets the next number, from 0. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** The numbers of a text's terms(), in order. */
  numbers(text: string): number[] {
    return terms(text).map((t) => {
      let id = this.ids.get(t);
      if (id === undefined) this.ids.set(t, (id = this.ids.size));
      return id;
    });
  }
}

/** A sparse vector of term weights, by term number. */
export type Vector = Map<number, number>;

export function vectorOf(words: number[], idf: (term: number) => number): Vector {
  const v: Vector = new Map();
  for (const t of words) v.set(t, (v.get(t) ?? 0) + idf(t));
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
