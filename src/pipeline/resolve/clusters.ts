/**
 * Union-find over surface forms, with the editorial file's say: `keep_apart` forbids a union, `merge`
 * forces one. Every union records the judgement that made it, so the entity can show why.
 */
import type { Corrections, Judgement } from '../../schema.ts';
import { addTo } from '../group.ts';
import { foldName } from '../text.ts';

export interface Form {
  /** The surface form as written. */
  name: string;
  articles: Set<string>;
}

export class Clusters<F extends Form> {
  private parent: number[];
  readonly judgements: { from: number; to: number; j: Omit<Judgement, 'articles'> }[] = [];
  private apart: string[][];
  readonly forms: F[];

  constructor(forms: F[], corrections: Corrections | undefined) {
    this.forms = forms;
    this.parent = forms.map((_, i) => i);
    this.apart = (corrections?.keep_apart ?? []).map((group) => group.map(foldName));
  }

  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }

  private members(root: number): F[] {
    return this.forms.filter((_, i) => this.find(i) === root);
  }

  /** Joins the clusters of forms a and b unless the editors said to keep them apart. */
  union(a: number, b: number, j: Omit<Judgement, 'articles'>): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    // The two clusters' spellings are gathered only when the editors keep some names apart (a walk over every form).
    if (j.strength !== 'editorial' && this.apart.length) {
      const left = new Set(this.members(ra).map((f) => foldName(f.name)));
      const right = new Set(this.members(rb).map((f) => foldName(f.name)));
      if (this.apart.some((g) => g.some((x) => left.has(x)) && g.some((y) => right.has(y)))) return false;
    }
    this.parent[rb] = ra;
    this.judgements.push({ from: b, to: a, j });
    return true;
  }

  /** The clusters, each a list of form indices in input order. */
  groups(): number[][] {
    const by = new Map<number, number[]>();
    this.forms.forEach((_, i) => addTo(by, this.find(i), i));
    return [...by.values()];
  }

  /** The final clusters, which cluster each form is in, and the judgements that made each cluster. */
  resolved(): { groups: number[][]; groupOf: Map<number, number>; evidence: (group: number) => Judgement[] } {
    const groups = this.groups();
    const groupOf = new Map<number, number>();
    groups.forEach((g, gi) => g.forEach((f) => groupOf.set(f, gi)));
    const evidence = (group: number): Judgement[] =>
      this.judgements.filter((j) => groupOf.get(j.from) === group).map(({ from, j }) => ({ ...j, articles: [...this.forms[from]!.articles] }));
    return { groups, groupOf, evidence };
  }

  /** Applies `merge` groups; returns the names that matched no form, for the report. */
  applyMerges(corrections: Corrections | undefined): string[] {
    const unknown: string[] = [];
    for (const group of corrections?.merge ?? []) {
      const idx = group.map((name) => this.forms.findIndex((f) => foldName(f.name) === foldName(name)));
      group.forEach((name, k) => idx[k]! < 0 && unknown.push(name));
      const found = idx.filter((i) => i >= 0);
      for (const i of found.slice(1)) this.union(found[0]!, i, { alias: this.forms[i]!.name, matched: this.forms[found[0]!]!.name, reason: 'merged by dossier.yaml', strength: 'editorial' });
    }
    return unknown;
  }
}

/**
 * The display name of a cluster: a form in Latin letters when there is one (the dossier is read in English;
 * 박지성 and Анна Петрова stay listed as spellings), then the form most articles use, then the most
 * frequent, then the first in sort order.
 */
export function canonical<F extends Form>(forms: F[], count: (f: F) => number, prefer: (f: F) => number = () => 0): F {
  const latin = (f: F): number => (/\p{Script=Latin}/u.test(f.name) ? 1 : 0);
  // Between forms as common, the one with its accents ("Pedro Sánchez", not "Pedro Sanchez"): stripping them
  // is what scrapers and English copy desks do, not how the name is spelt.
  const accents = (f: F): number => (/[^\x00-\x7f]/.test(f.name) ? 1 : 0);
  // A name set in capitals ("SUZAN FRASER" of a byline) is shown as written elsewhere, when it is.
  const calm = (f: F): number => (f.name === f.name.toUpperCase() && /\p{Lu}\p{Lu}/u.test(f.name) ? 0 : 1);
  return [...forms].sort(
    (a, b) =>
      prefer(b) - prefer(a) ||
      latin(b) - latin(a) ||
      calm(b) - calm(a) ||
      b.articles.size - a.articles.size ||
      count(b) - count(a) ||
      accents(b) - accents(a) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  )[0]!;
}
