/**
 * The synopsis: the few sentences that best represent what all the sources say, extractive and cited.
 * A sentence scores by how many articles share its content words (cross-source support), by the entities it
 * names, and a little by how early it stands (news leads first). Scoring is linear in the number of sentences:
 * no sentence is compared with every other; only the chosen few are, to find the paragraphs that back them.
 */
import type { Cite } from '../../schema.ts';
import { isStoryKind } from '../parse.ts';
import { cosine, terms, vectorOf, type Sentence, type Vector } from './sentences.ts';

export interface Cited {
  text: string;
  cites: Cite[];
}

const SIZE = 5;
const PER_ARTICLE = 2;
/** Above this similarity two sentences say the same thing: the second is left out of the synopsis. */
const SAME = 0.45;
/** Above this, a sentence in another article backs a chosen one and is cited with it. */
const BACKS = 0.3;

export interface Corpus {
  idf: (term: string) => number;
  /** In how many articles a term occurs. */
  spread: (term: string) => number;
  articles: number;
}

export function corpusOf(sentences: Sentence[]): Corpus {
  const perArticle = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const s of sentences) {
    const seen = new Set(s.words);
    for (const t of seen) {
      df.set(t, (df.get(t) ?? 0) + 1);
      let arts = perArticle.get(t);
      if (!arts) perArticle.set(t, (arts = new Set()));
      arts.add(s.article);
    }
  }
  const n = Math.max(sentences.length, 1);
  return {
    idf: (t) => Math.log(1 + n / (df.get(t) ?? 1)),
    spread: (t) => perArticle.get(t)?.size ?? 0,
    articles: new Set(sentences.map((s) => s.article)).size,
  };
}

/** Sentences that make a poor summary line: too short or long, questions, lead-ins to a list or quote. */
const usable = (s: Sentence): boolean => {
  const words = s.text.split(/\s+/).length;
  return isStoryKind(s.kind) && words >= 8 && words <= 60 && !/[?:]$/.test(s.text) && !/^["“‘'(]/.test(s.text);
};

export function synopsis(sentences: Sentence[], corpus: Corpus, entityWeight: (key: string) => number): Cited[] {
  const scored = sentences.filter(usable).map((s) => {
    const own = [...new Set(s.words)];
    const shared = own.reduce((sum, t) => sum + (corpus.spread(t) >= 2 ? Math.log(corpus.spread(t)) : 0), 0) / Math.sqrt(own.length || 1);
    const named = s.entities.reduce((sum, e) => sum + entityWeight(e), 0);
    return { s, score: shared + Math.min(named, 2) + 0.5 / (1 + s.order) };
  });
  scored.sort((a, b) => b.score - a.score || a.s.article.localeCompare(b.s.article) || a.s.order - b.s.order);

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
  // Only sentences sharing a word with a chosen line can back it: they are found through the chosen lines'
  // words (one pass over the sentences), and only their vectors are made, once each.
  const wanted = new Map<string, number[]>(chosen.flatMap(({ v }) => [...v.keys()].map((t) => [t, []] as [string, number[]])));
  sentences.forEach((t, i) => {
    for (const w of t.words) wanted.get(w)?.push(i);
  });
  const vectors = new Map<number, Vector>();
  const vectorAt = (i: number): Vector => vectors.get(i) ?? vectors.set(i, vectorOf(sentences[i]!.words, corpus.idf)).get(i)!;
  return chosen.map(({ s, v }) => {
    // The sentences sharing a word with this line, each once, in order: marked, then read off in one pass.
    const marked = new Uint8Array(sentences.length);
    for (const t of v.keys()) for (const i of wanted.get(t)!) marked[i] = 1;
    const near: number[] = [];
    marked.forEach((m, i) => m && near.push(i));
    return { text: s.text, cites: [{ article: s.article, paragraph: s.paragraph }, ...backing(s, v, near, sentences, vectorAt)] };
  });
}

/** For a chosen sentence, the best-matching paragraph of each other article, when it says much the same. */
function backing(s: Sentence, v: Vector, near: number[], sentences: Sentence[], vectorAt: (i: number) => Vector): Cite[] {
  const best = new Map<string, { score: number; cite: Cite }>();
  for (const i of near) {
    const t = sentences[i]!;
    if (t.article === s.article) continue;
    const score = cosine(v, vectorAt(i));
    if (score >= BACKS && score > (best.get(t.article)?.score ?? 0)) best.set(t.article, { score, cite: { article: t.article, paragraph: t.paragraph } });
  }
  return [...best.values()].sort((a, b) => b.score - a.score).map((b) => b.cite);
}
