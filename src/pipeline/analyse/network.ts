/**
 * Who and what appear together. Two entities are linked when one paragraph mentions both; an outlet is also
 * linked to what the articles it published mention. Counted once per dossier, paragraph by paragraph, and
 * shared by the entity pages ("mentioned alongside") and the summary's relationship graph.
 */
import type { EntityKind } from '../../schema.ts';
import { addTo } from '../group.ts';
import type { Dossier } from '../resolve/index.ts';

export type Key = `${EntityKind}:${string}`;
export const keyOf = (kind: EntityKind, id: string): Key => `${kind}:${id}`;
export const parseKey = (key: string): { kind: EntityKind; id: string } => {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) as EntityKind, id: key.slice(at + 1) };
};

/** Entities by how many articles name them, most first, then by id: the stable order of the graph and the coverage rows. */
const byArticles = (a: { id: string; data: { articles: string[] } }, b: { id: string; data: { articles: string[] } }): number =>
  b.data.articles.length - a.data.articles.length || (a.id < b.id ? -1 : 1);

const LIST = 30;
const NEIGHBOURS = 5;

/** Pair counts, keyed "a\u0000b" with a < b. */
export function coMentions(dossier: Dossier): Map<string, number> {
  const pairs = new Map<string, number>();
  const add = (a: Key, b: Key): void => {
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  };
  const count = (keys: Key[]): void => {
    const distinct = [...new Set(keys)];
    // A paragraph that names more than LIST entities is a list (a roll of names, of the dead): each is linked
    // to the few named next to it, not to all (8,000 names made 32 million pairs).
    const reach = distinct.length > LIST ? NEIGHBOURS : distinct.length;
    for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length && j <= i + reach; j++) add(distinct[i]!, distinct[j]!);
  };
  for (const { data } of dossier.articles) {
    const byParagraph = new Map<string, Key[]>();
    for (const m of data.mentions) addTo(byParagraph, m.paragraph, keyOf(m.kind, m.entity));
    for (const keys of byParagraph.values()) count(keys);
    if (data.publisher) {
      const publisher = keyOf('outlet', data.publisher);
      const named = [...data.people.map((id) => keyOf('person', id)), ...data.agreements.map((id) => keyOf('agreement', id))];
      for (const k of named) count([publisher, k]);
    }
  }
  return pairs;
}

/** For each entity, the others it appears with, most often first, at most `limit`. */
export function alongside(pairs: Map<string, number>, limit = 12): Map<Key, { kind: EntityKind; id: string; count: number }[]> {
  const out = new Map<Key, { key: Key; count: number }[]>();
  for (const [pair, count] of pairs) {
    const [a, b] = pair.split('\u0000') as [Key, Key];
    for (const [x, y] of [[a, b], [b, a]] as const) addTo(out, x, { key: y, count });
  }
  return new Map(
    [...out].map(([k, list]) => [
      k,
      list
        .sort((p, q) => q.count - p.count || (p.key < q.key ? -1 : 1))
        .slice(0, limit)
        .map(({ key, count }) => ({ ...parseKey(key), count })),
    ]),
  );
}

/** The relationship graph: the most-mentioned entities of each kind and their strongest links. */
export function graph(dossier: Dossier, pairs: Map<string, number>) {
  const top = (kind: EntityKind, list: { id: string; data: { articles: string[] } }[], n: number): Key[] =>
    [...list]
      .sort(byArticles)
      .slice(0, n)
      .map((e) => keyOf(kind, e.id));
  const keys = [...top('person', dossier.people, 24), ...top('agreement', dossier.agreements, 10), ...top('outlet', dossier.outlets, 10)];
  const index = new Map(keys.map((k, i) => [k, i]));
  const weight = new Map<Key, number>([...dossier.people.map((e) => [keyOf('person', e.id), e.data.articles.length] as const), ...dossier.agreements.map((e) => [keyOf('agreement', e.id), e.data.articles.length] as const), ...dossier.outlets.map((e) => [keyOf('outlet', e.id), e.data.articles.length] as const)]);
  const candidates = [...pairs]
    .map(([pair, count]) => ({ ends: pair.split('\u0000') as [Key, Key], count }))
    .filter((e) => index.has(e.ends[0]) && index.has(e.ends[1]))
    .sort((a, b) => b.count - a.count || (a.ends.join() < b.ends.join() ? -1 : 1));
  // Each node keeps its strongest few links, so the picture stays legible as the dossier grows.
  const degree = new Map<Key, number>();
  const edges: { source: number; target: number; weight: number }[] = [];
  for (const e of candidates) {
    const [a, b] = e.ends;
    if ((degree.get(a) ?? 0) >= 5 && (degree.get(b) ?? 0) >= 5) continue;
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
    edges.push({ source: index.get(a)!, target: index.get(b)!, weight: e.count });
  }
  return { nodes: keys.map((k) => ({ ...parseKey(k), weight: weight.get(k) ?? 0 })), edges };
}

/** Which publisher's articles mention which people and agreements. Articles with no known publisher share a column. */
export function coverage(dossier: Dossier, limit = 40) {
  const columns: { outlet: string | null; articles: string[] }[] = [];
  for (const { id, data } of [...dossier.articles].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    let col = columns.find((c) => c.outlet === data.publisher);
    if (!col) columns.push((col = { outlet: data.publisher, articles: [] }));
    col.articles.push(id);
  }
  columns.sort((a, b) => (a.outlet === null ? 1 : b.outlet === null ? -1 : a.outlet < b.outlet ? -1 : 1));
  const rows = (kind: 'person' | 'agreement', list: { id: string; data: { articles: string[] } }[]) =>
    [...list]
      .sort(byArticles)
      .slice(0, limit)
      .map((e) => {
        const mentioned = new Set(e.data.articles);
        return { kind, id: e.id, counts: columns.map((c) => c.articles.filter((a) => mentioned.has(a)).length) };
      });
  return { columns, rows: [...rows('person', dossier.people), ...rows('agreement', dossier.agreements)] };
}
