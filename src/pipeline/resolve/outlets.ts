/**
 * Outlets across articles: directory names are already canonical ("KCNA" → Korean Central News Agency);
 * unlisted names join by their folded spelling. Each article's publisher comes from dossier.yaml, else from
 * what its text reveals (a "Source:" line, a masthead, a dateline agency); an outlet is cited in an article
 * only when it is not that article's publisher.
 */
import { OUTLETS } from '../../lexicons/outlets.ts';
import type { Corrections, Editorial, OutletData } from '../../schema.ts';
import { findOutletName } from '../extract/outlet-directory.ts';
import { foldName } from '../text.ts';
import { canonical, Clusters, type Form } from './clusters.ts';
import type { ArticleInput, EntityOut, MentionSink } from './types.ts';

interface OutletForm extends Form {
  canonical: string;
  count: number;
}

export interface Publisher {
  name: string;
  evidence: string;
}

/** Who published each article, by article id; null when neither dossier.yaml nor the text says. */
export function publishers(inputs: ArticleInput[], editorial: Editorial | null): Map<string, Publisher | null> {
  const out = new Map<string, Publisher | null>();
  for (const { id, article } of inputs) {
    const named = editorial?.sources?.[article.source.name]?.publisher;
    const cue = article.publisherCue;
    if (named) out.set(id, { name: findOutletName(named, false)?.name ?? named, evidence: 'dossier.yaml' });
    else if (cue) {
      const entry = findOutletName(cue.name, false);
      const plausible = /^\p{Lu}/u.test(cue.name) && cue.name.split(/\s+/).length <= 6;
      out.set(id, entry || plausible ? { name: entry?.name ?? cue.name.trim(), evidence: cue.evidence } : null);
    } else out.set(id, null);
  }
  return out;
}

/** A name's initials, of all its words and of those not "of", "and", "for" ("TOI", "TI" of "The Times of India"); none for one word. */
function initials(name: string): string[] {
  const words = name.replace(/^the\s+/i, '').split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const of = (ws: string[]): string => ws.map((w) => w[0]!.toUpperCase()).join('');
  return [...new Set([of(words), of(words.filter((w) => !/^(?:of|and|for|the|de|&)$/i.test(w)))])];
}

export function resolveOutlets(inputs: ArticleInput[], published: Map<string, Publisher | null>, corrections: Corrections | undefined, sink: MentionSink): EntityOut<OutletData>[] {
  const forms: OutletForm[] = [];
  const byName = new Map<string, number>();
  const formFor = (canonicalName: string, surface: string): number => {
    const k = `${foldName(canonicalName)}\u0000${surface}`;
    let f = byName.get(k);
    if (f === undefined) f = forms.push({ name: surface, canonical: canonicalName, articles: new Set(), count: 0 }) - 1;
    byName.set(k, f);
    return f;
  };
  for (const { id, extraction } of inputs) {
    for (const m of extraction.outlets) {
      const f = formFor(m.name, m.alias);
      forms[f]!.articles.add(id);
      forms[f]!.count++;
    }
  }
  for (const [id, p] of published) if (p) forms[formFor(p.name, p.name)]!.articles.add(id);
  const clusters = new Clusters(forms, corrections);
  const first = new Map<string, number>();
  forms.forEach((f, i) => {
    const k = foldName(f.canonical);
    const at = first.get(k);
    if (at === undefined) first.set(k, i);
    else clusters.union(at, i, { alias: f.name, matched: forms[at]!.name, reason: `both name ${f.canonical} in the directory of news organisations`, strength: 'strong' });
  });
  // An unlisted name in capitals that spells another outlet's initials is that outlet ("told TOI" in The Times
  // of India's own story): an article may call its paper so, and the directory cannot list every short form.
  const byInitials = new Map<string, number>();
  forms.forEach((f, i) => {
    for (const key of initials(f.canonical)) if (!byInitials.has(key)) byInitials.set(key, i);
  });
  forms.forEach((f, i) => {
    const to = f.name === f.canonical && /^\p{Lu}{2,6}$/u.test(f.name) ? byInitials.get(f.name) : undefined;
    if (to !== undefined) clusters.union(to, i, { alias: f.name, matched: forms[to]!.name, reason: `${f.name} spells the initials of ${forms[to]!.canonical}`, strength: 'strong' });
  });
  const unknown = clusters.applyMerges(corrections);
  if (unknown.length) sink.warn(null, `dossier.yaml outlets.merge names no outlet found: ${unknown.join(', ')}`);
  const { groups, groupOf, evidence: evidenceOf } = clusters.resolved();
  const out: EntityOut<OutletData>[] = groups.map((g, gi) => {
    const members = g.map((f) => forms[f]!);
    const name = canonical(members, (f) => f.count, (f) => (f.name === f.canonical ? 1 : 0)).canonical;
    const entry = OUTLETS.find((o) => o.name === name);
    return {
      name,
      data: {
        name,
        aliases: members.filter((f) => f.count > 0 || f.name === name).map((f) => ({ name: f.name, articles: [...f.articles] })),
        country: entry?.country ?? null,
        type: entry?.kind ?? null,
        published: [],
        cited_in: [],
        articles: [],
        mentions: [],
        evidence: evidenceOf(gi),
        alongside: [],
        description: null,
      },
    };
  });
  // The entity of a name: the group of the first form with that canonical name (one map, not a scan per mention).
  const firstForm = new Map<string, number>();
  forms.forEach((f, i) => {
    const k = foldName(f.canonical);
    if (!firstForm.has(k)) firstForm.set(k, i);
  });
  const entityOf = (name: string): number => groupOf.get(firstForm.get(foldName(name))!)!;
  for (const input of inputs) {
    const publisher = published.get(input.id);
    const pub = publisher ? entityOf(publisher.name) : undefined;
    if (pub !== undefined) {
      out[pub]!.data.published.push(input.id);
      out[pub]!.data.articles.push(input.id);
    }
    for (const m of input.extraction.outlets) {
      const gi = entityOf(m.name);
      const e = out[gi]!.data;
      e.mentions.push(sink.ref(input, m));
      sink.outlet(input, m, gi);
      // Articles come one at a time, so "already listed" is a look at the last entry, not a search.
      if (e.articles.at(-1) !== input.id) e.articles.push(input.id);
      if (gi !== pub && e.cited_in.at(-1) !== input.id) e.cited_in.push(input.id);
    }
  }
  return out;
}
