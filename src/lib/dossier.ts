/**
 * The dossier as the pages read it: the four collections loaded once, lookups by id, and the source numbers
 * (S1, S2, ...) every citation uses. Astro caches collections, so each page calling this costs a map build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { dossierMetaSchema, summarySchema, type EntityKind } from '../schema.ts';

export type Article = CollectionEntry<'articles'>;
export type EntityEntry = CollectionEntry<'people'> | CollectionEntry<'agreements'> | CollectionEntry<'outlets'>;

// Read at build time from the content folder (DOSSIER_CONTENT, default content/), checked against their
// schemas once, so a hand-edited file fails the build with a clear message.
const CONTENT = process.env.DOSSIER_CONTENT ?? 'content';
const json = (name: string): unknown => JSON.parse(readFileSync(path.join(CONTENT, name), 'utf8'));
export const meta = dossierMetaSchema.parse(json('dossier.json'));
export const summary = summarySchema.parse(json('summary.json'));

export interface Loaded {
  articles: Article[];
  people: CollectionEntry<'people'>[];
  agreements: CollectionEntry<'agreements'>[];
  outlets: CollectionEntry<'outlets'>[];
  article: (id: string) => Article | undefined;
  entity: (kind: EntityKind, id: string) => EntityEntry | undefined;
  /** 1-based number of a source, by publication date (undated last), then title. */
  sourceNo: (id: string) => number;
  /** Display name of an article's publisher, or null when no source says. */
  publisherName: (article: Article) => string | null;
  /** The 1-based number of a paragraph ("¶5"), or undefined when the article has no such paragraph. */
  paragraphNo: (article: string, paragraph: string) => number | undefined;
}

let loaded: Promise<Loaded> | undefined;

export function load(): Promise<Loaded> {
  loaded ??= (async () => {
    const [articles, people, agreements, outlets] = await Promise.all([getCollection('articles'), getCollection('people'), getCollection('agreements'), getCollection('outlets')]);
    articles.sort((a, b) => (a.data.date ?? '9999').localeCompare(b.data.date ?? '9999') || a.data.title.localeCompare(b.data.title, 'en') || (a.id < b.id ? -1 : 1));
    const byArticle = new Map(articles.map((a, i) => [a.id, { a, n: i + 1 }]));
    // Every citation shows a paragraph number: one map, not a search of the article's paragraphs per citation.
    const paragraphs = new Map(articles.flatMap((a) => a.data.paragraphs.map((p) => [`${a.id}#${p.id}`, p.n] as const)));
    const maps = {
      person: new Map<string, EntityEntry>(people.map((e) => [e.id, e])),
      agreement: new Map<string, EntityEntry>(agreements.map((e) => [e.id, e])),
      outlet: new Map<string, EntityEntry>(outlets.map((e) => [e.id, e])),
    };
    return {
      articles,
      people,
      agreements,
      outlets,
      article: (id) => byArticle.get(id)?.a,
      entity: (kind, id) => maps[kind].get(id),
      sourceNo: (id) => byArticle.get(id)?.n ?? 0,
      publisherName: (a) => (a.data.publisher ? (maps.outlet.get(a.data.publisher)?.data.name ?? null) : null),
      paragraphNo: (article, paragraph) => paragraphs.get(`${article}#${paragraph}`),
    };
  })();
  return loaded;
}

/** The order entities are listed in: named by the most sources first, then by name. */
export const byProminence = (a: { data: { articles: string[]; name: string } }, b: { data: { articles: string[]; name: string } }): number =>
  b.data.articles.length - a.data.articles.length || a.data.name.localeCompare(b.data.name, 'en');

/** A person's roles grouped by wording, each with the paragraphs that give it, in the order first given. */
export function rolesByWording(roles: { role: string; article: string; paragraph: string }[]): [string, { article: string; paragraph: string }[]][] {
  const grouped = new Map<string, { article: string; paragraph: string }[]>();
  for (const r of roles) grouped.set(r.role, [...(grouped.get(r.role) ?? []), { article: r.article, paragraph: r.paragraph }]);
  return [...grouped];
}
