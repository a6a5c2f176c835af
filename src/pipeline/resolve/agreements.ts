/**
 * Agreements across articles. Two mentions are one agreement when their content words agree ("Treaty of
 * Good Neighbourliness" = "a new treaty of good neighbourliness") and their years
 * do not conflict, or when an article says so ("it was a new fundamental document"). References back ("the
 * document") join the agreement they point to and add its status, but are not names for it.
 */
import type { AgreementData, Corrections } from '../../schema.ts';
import { addTo } from '../group.ts';
import { foldName } from '../text.ts';
import type { AgreementMention } from '../types.ts';
import { canonical, Clusters, type Form } from './clusters.ts';
import type { ArticleInput, EntityOut, MentionSink } from './types.ts';

const GENERIC = new Set(
  'a an the new landmark historic bilateral possible major secret alleged so called on of to for over between and in at with agreement agreements treaty pact deal accord document fundamental basic framework key founding'.split(' '),
);

interface AgreementForm extends Form {
  key: string[];
  year: number | null;
  named: boolean;
  count: number;
}

/** A word as either spelling writes it: the British "-isation" and a few common words as American ("Stabilisation" is "Stabilization"). */
const BRITISH: Record<string, string> = { defence: 'defense', labour: 'labor', harbour: 'harbor', centre: 'center', programme: 'program' };
const spelling = (w: string): string => BRITISH[w] ?? w.replace(/isation(s?)$/, 'ization$1');
const keyOf = (name: string): string[] => [...new Set(foldName(name).split(' ').filter((w) => w && !GENERIC.has(w)).map(spelling))].sort();
const STATUS_RANK = { denied: 5, alleged: 4, expected: 3, signed: 2, referenced: 1 } as const;

export function resolveAgreements(inputs: ArticleInput[], corrections: Corrections | undefined, sink: MentionSink): EntityOut<AgreementData>[] {
  const forms: AgreementForm[] = [];
  const byKey = new Map<string, number>();
  const formOf = new Map<AgreementMention, number>();
  for (const { id, extraction } of inputs) {
    extraction.agreements.forEach((m) => {
      if (m.anaphora) return;
      const surface = m.name;
      const k = `${surface}\u0000${m.year ?? ''}`;
      let f = byKey.get(k);
      if (f === undefined) {
        f = forms.push({ name: surface, articles: new Set(), key: keyOf(m.name), year: m.year, named: m.named, count: 0 }) - 1;
        byKey.set(k, f);
      }
      forms[f]!.articles.add(id);
      forms[f]!.count++;
      formOf.set(m, f);
    });
  }
  const clusters = new Clusters(forms, corrections);
  // Block by content word: only forms sharing a word are compared.
  const blocks = new Map<string, number[]>();
  forms.forEach((f, i) => f.key.forEach((w) => addTo(blocks, w, i)));
  for (const members of blocks.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = forms[members[i]!]!;
        const b = forms[members[j]!]!;
        if (a.year !== null && b.year !== null && a.year !== b.year) continue;
        const [small, large] = a.key.length <= b.key.length ? [a, b] : [b, a];
        const contained = small.key.every((w) => large.key.includes(w));
        if (!contained || (small.key.length < 2 && small.key.length !== large.key.length) || small.key.length === 0) continue;
        const reason = small.key.length === large.key.length ? `same key words (${a.key.join(', ')})` : `key words of "${small.name}" all in "${large.name}"`;
        clusters.union(members[i]!, members[j]!, { alias: b.name, matched: a.name, reason, strength: 'strong' });
      }
    }
  }
  // "it was a new fundamental document": the article says two mentions are one agreement.
  for (const input of inputs) {
    const { id, extraction } = input;
    extraction.agreements.forEach((m) => {
      if (m.anaphora || m.sameAs === null) return;
      const target = extraction.agreements[m.sameAs];
      const from = formOf.get(m);
      const to = target && (target.anaphora ? formOfChain(extraction.agreements, m.sameAs, formOf) : formOf.get(target));
      if (from === undefined || to === undefined || to === null) return;
      clusters.union(to, from, { alias: forms[from]!.name, matched: forms[to]!.name, reason: `${id} says so: "${sink.sentence(input, m)}"`, strength: 'strong' });
    });
  }
  const unknown = clusters.applyMerges(corrections);
  if (unknown.length) sink.warn(null, `dossier.yaml agreements.merge names no agreement found: ${unknown.join(', ')}`);
  const { groups, groupOf, evidence: evidenceOf } = clusters.resolved();
  const out: EntityOut<AgreementData>[] = groups.map((g, gi) => {
    const members = g.map((f) => forms[f]!);
    const display = canonical(members, (f) => f.count, (f) => (f.named ? 1 : 0)).name;
    const years = members.map((f) => f.year).filter((y): y is number => y !== null);
    const evidence = evidenceOf(gi);
    return {
      name: display,
      data: {
        name: display,
        aliases: members.map((f) => ({ name: f.name, articles: [...f.articles] })),
        year: years.sort((a, b) => years.filter((y) => y === b).length - years.filter((y) => y === a).length || a - b)[0] ?? null,
        named: members.some((f) => f.named),
        status: [],
        articles: [],
        mentions: [],
        evidence,
        alongside: [],
        description: null,
      },
    };
  });
  for (const input of inputs) {
    const { extraction, id } = input;
    extraction.agreements.forEach((m, i) => {
      const f = m.anaphora ? formOfChain(extraction.agreements, i, formOf) : formOf.get(m);
      if (f === undefined || f === null) return;
      const gi = groupOf.get(f)!;
      const e = out[gi]!.data;
      if (e.articles.at(-1) !== id) e.articles.push(id); // articles come in order: a listed id is the last
      if (!m.anaphora) {
        e.mentions.push(sink.ref(input, m));
        sink.agreement(input, m, gi);
      }
      e.status.push({ status: m.status, article: id, paragraph: m.block, evidence: m.statusEvidence });
    });
  }
  // Per article: each distinct status once; "referenced" only when the article gives no other. (Looked up in
  // sets: an agreement every article mentions has thousands of statuses, and a search per status grew with
  // their square.)
  const position = new Map<string, number>();
  inputs.forEach((x, i) => position.has(x.id) || position.set(x.id, i));
  for (const { data } of out) {
    const kept: AgreementData['status'] = [];
    const seen = new Set<string>();
    const saysMore = new Set(data.status.filter((o) => o.status !== 'referenced').map((o) => o.article));
    for (const s of data.status) {
      const key = `${s.article}\u0000${s.status}`;
      if (seen.has(key)) continue;
      if (s.status === 'referenced' && saysMore.has(s.article)) continue;
      seen.add(key);
      kept.push(s);
    }
    const order = (a: string): number => position.get(a) ?? -1;
    data.status = kept.sort((a, b) => order(a.article) - order(b.article) || STATUS_RANK[b.status] - STATUS_RANK[a.status]);
  }
  return out;
}

/** The form a reference back ends at: follow `sameAs` through other references to a named or described mention. */
function formOfChain(list: AgreementMention[], i: number, formOf: Map<AgreementMention, number>): number | null {
  const seen = new Set<number>();
  let k: number | null = i;
  while (k !== null && !seen.has(k)) {
    seen.add(k);
    const m: AgreementMention | undefined = list[k];
    if (!m) return null;
    if (!m.anaphora) return formOf.get(m) ?? null;
    k = m.sameAs;
  }
  return null;
}
