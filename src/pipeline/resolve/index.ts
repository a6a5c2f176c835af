/**
 * resolve: every article's mentions to the dossier's entities, with page ids, the editors' corrections
 * applied, and each article's frontmatter. Pure: the same inputs give the same dossier.
 */
import anyAscii from 'any-ascii';
import GithubSlugger from 'github-slugger';
import type { AgreementData, ArticleData, Corrections, DossierMeta, Editorial, MentionRef, OutletData, PersonData } from '../../schema.ts';
import { foldName, sentenceAround, snippetAround, spaceHangul } from '../text.ts';
import type { Analysed, Article, Span } from '../types.ts';
import { resolveAgreements } from './agreements.ts';
import { publishers, resolveOutlets } from './outlets.ts';
import { resolvePeople } from './people.ts';
import type { ArticleInput, EntityOut, MentionSink } from './types.ts';

export interface Entity<T> {
  id: string;
  data: T;
}

export interface Dossier {
  meta: DossierMeta;
  articles: (Entity<ArticleData> & { article: Article })[];
  people: Entity<PersonData>[];
  agreements: Entity<AgreementData>[];
  outlets: Entity<OutletData>[];
}

/** A page slug: ASCII, lower case, at most eight words. */
export function slugify(slugger: GithubSlugger, text: string): string {
  const base = anyAscii(spaceHangul(text)).split(/\s+/).slice(0, 8).join(' ');
  const slug = slugger.slug(base.replace(/[^\w\s-]/g, '') || 'untitled');
  return slug;
}

export function resolve(analysed: Analysed[], editorial: Editorial | null): Dossier {
  const warnings: DossierMeta['warnings'] = [];
  const articleSlugger = new GithubSlugger();
  const inputs: ArticleInput[] = analysed.map(({ article, extraction }) => {
    const override = editorial?.sources?.[article.source.name];
    const withMeta: Article = {
      ...article,
      title: override?.title ?? article.title,
      titleFrom: override?.title ? 'editorial' : article.titleFrom,
      date: override?.date ?? article.date,
      url: override?.url ?? article.url,
    };
    return { id: slugify(articleSlugger, withMeta.title), article: withMeta, extraction };
  });

  const mentions = new Map<string, ArticleData['mentions']>(inputs.map((i) => [i.id, []]));
  const personIndex = new Map<string, number>();
  // Each article's block positions by id, made when first asked for: by a mention's sentence, or by the
  // ordering of the article's mentions below.
  const positions = new Map<ArticleInput, Map<string, number>>();
  const positionOf = (input: ArticleInput): Map<string, number> => {
    let byId = positions.get(input);
    if (!byId) positions.set(input, (byId = new Map(input.article.blocks.map((b, i) => [b.id, i]))));
    return byId;
  };
  const sentence = (input: ArticleInput, span: Span): string => {
    const block = input.article.blocks[positionOf(input).get(span.block)!]!;
    return sentenceAround(block.text, block.sentences, span.start, span.end);
  };
  const sink: MentionSink & { pending: { kind: 'person' | 'agreement' | 'outlet'; article: string; span: Span; entity: number }[] } = {
    pending: [],
    person(input, mention, entity) {
      personIndex.set(`${input.id}\u0000${mention}`, entity);
      const m = input.extraction.people[mention]!;
      sink.pending.push({ kind: 'person', article: input.id, span: m, entity });
    },
    personOf: (input, mention) => personIndex.get(`${input.id}\u0000${mention}`),
    agreement: (input, span, entity) => sink.pending.push({ kind: 'agreement', article: input.id, span, entity }),
    outlet: (input, span, entity) => sink.pending.push({ kind: 'outlet', article: input.id, span, entity }),
    ref: (input, span): MentionRef => {
      const block = input.article.blocks[positionOf(input).get(span.block)!]!;
      return { article: input.id, paragraph: span.block, start: span.start, end: span.end, text: span.text, snippet: snippetAround(block.text, block.sentences, span.start, span.end) };
    },
    sentence,
    warn: (file, message) => warnings.push({ file, message }),
  };

  const people = resolvePeople(inputs, editorial?.people, sink);
  const agreements = resolveAgreements(inputs, editorial?.agreements, sink);
  const published = publishers(inputs, editorial);
  const outlets = resolveOutlets(inputs, published, editorial?.outlets, sink);

  // Editors' corrections that are not merges: hide, rename, describe.
  const kinds = { person: people, agreement: agreements, outlet: outlets } as const;
  const hidden = { person: new Set<number>(), agreement: new Set<number>(), outlet: new Set<number>() };
  const correct = (kind: keyof typeof kinds, corrections: Corrections | undefined, label: string): void => {
    const list = kinds[kind] as EntityOut<PersonData | AgreementData | OutletData>[];
    const find = (name: string): number => list.findIndex((e) => [e.data.name, ...e.data.aliases.map((a) => a.name)].some((n) => foldName(n) === foldName(name)));
    const missing = (what: string, name: string): void => void warnings.push({ file: 'seeds/dossier.yaml', message: `${label}.${what}: no ${kind} called "${name}" was found; check the spelling against the dossier.` });
    for (const name of corrections?.hide ?? []) {
      const i = find(name);
      if (i < 0) missing('hide', name);
      else hidden[kind].add(i);
    }
    for (const [name, to] of Object.entries(corrections?.rename ?? {})) {
      const i = find(name);
      if (i < 0) missing('rename', name);
      else list[i]!.data.name = list[i]!.name = to;
    }
    for (const [name, text] of Object.entries(corrections?.describe ?? {})) {
      const i = find(name);
      if (i < 0) missing('describe', name);
      else list[i]!.data.description = text;
    }
  };
  correct('person', editorial?.people, 'people');
  correct('agreement', editorial?.agreements, 'agreements');
  correct('outlet', editorial?.outlets, 'outlets');

  // Page ids, in a stable order: by name.
  const ids = <T>(list: EntityOut<T>[], kind: keyof typeof hidden): (string | null)[] => {
    const slugger = new GithubSlugger();
    const order = list.map((e, i) => ({ e, i })).sort((a, b) => (a.e.name < b.e.name ? -1 : a.e.name > b.e.name ? 1 : a.i - b.i));
    const out: (string | null)[] = list.map(() => null);
    for (const { e, i } of order) if (!hidden[kind].has(i)) out[i] = slugify(slugger, e.name);
    return out;
  };
  const idOf = { person: ids(people, 'person'), agreement: ids(agreements, 'agreement'), outlet: ids(outlets, 'outlet') };
  for (const p of sink.pending) {
    const entity = idOf[p.kind][p.entity];
    if (entity) mentions.get(p.article)!.push({ kind: p.kind, entity, paragraph: p.span.block, start: p.span.start, end: p.span.end });
  }

  // Which entities each article names, and which outlet published it: inverted once, in entity order,
  // instead of searching every entity's article list for every article.
  const byArticle = <T,>(list: T[], key: (e: T) => string[]): Map<string, number[]> => {
    const map = new Map<string, number[]>();
    list.forEach((e, i) => {
      for (const a of key(e)) {
        const at = map.get(a) ?? map.set(a, []).get(a)!;
        if (at.at(-1) !== i) at.push(i);
      }
    });
    return map;
  };
  const named = {
    person: byArticle(people, (e) => e.data.articles),
    agreement: byArticle(agreements, (e) => e.data.articles),
    outlet: byArticle(outlets, (e) => e.data.articles),
  };
  const publishedBy = byArticle(outlets, (e) => e.data.published);
  const articles = inputs.map((input) => {
    const { id, article } = input;
    const pub = published.get(id);
    const first = publishedBy.get(id)?.[0];
    const publisherId = pub && first !== undefined ? (idOf.outlet[first] ?? null) : null;
    const position = positionOf(input);
    const own = mentions.get(id)!.sort((a, b) => position.get(a.paragraph)! - position.get(b.paragraph)! || a.start - b.start || a.end - b.end);
    const listed = (kind: 'person' | 'agreement' | 'outlet'): string[] => (named[kind].get(id) ?? []).flatMap((i) => (idOf[kind][i] ? [idOf[kind][i]!] : []));
    const articleWarnings = [...article.warnings];
    if (!pub) articleWarnings.push('The text does not say who published it; name the publisher in seeds/dossier.yaml under sources.');
    const data: ArticleData = {
      title: article.title,
      titleFrom: article.titleFrom,
      source: article.source.file,
      sha256: article.source.sha256,
      date: article.date,
      dateText: article.dateText,
      dateline: article.dateline,
      publisher: publisherId,
      publisherEvidence: pub?.evidence ?? null,
      byline: article.byline,
      url: article.url,
      paragraphs: article.blocks.map((b) => ({ id: b.id, n: b.n, kind: b.kind, line: b.line })),
      people: listed('person'),
      agreements: listed('agreement'),
      outlets: listed('outlet'),
      mentions: own,
      copies: [],
      warnings: articleWarnings,
    };
    for (const w of articleWarnings) warnings.push({ file: article.source.file, message: w });
    return { id, data, article };
  });

  const keep = <T>(list: EntityOut<T>[], kind: keyof typeof hidden): Entity<T>[] =>
    list.flatMap((e, i) => (idOf[kind][i] ? [{ id: idOf[kind][i]!, data: e.data }] : [])).sort((a, b) => (a.id < b.id ? -1 : 1));
  const weak = people.flatMap((p) => p.data.evidence.filter((j) => j.strength === 'weak').map((j) => `${j.alias} → ${p.data.name}: ${j.reason}`));
  for (const w of weak) warnings.push({ file: null, message: `weak merge, check it: ${w}` });

  return {
    meta: {
      title: editorial?.title ?? 'Briefing dossier',
      description: editorial?.description ?? null,
      sources: inputs.length,
      warnings,
    },
    articles,
    people: keep(people, 'person'),
    agreements: keep(agreements, 'agreement'),
    outlets: keep(outlets, 'outlet'),
  };
}
