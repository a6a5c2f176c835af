/**
 * The public data export ("dossier/1", DESIGN.md): the same function serves dist/dossier.json and the
 * evaluation script, so what is scored is what is published. Every id is the page slug.
 */
import type { AgreementData, ArticleFrontmatter, OutletData, PersonData } from '../schema.ts';

interface Entry<T> {
  id: string;
  data: T;
}
export interface ExportInput {
  title: string;
  articles: Entry<ArticleFrontmatter>[];
  people: Entry<PersonData>[];
  agreements: Entry<AgreementData>[];
  outlets: Entry<OutletData>[];
}
type Url = (kind: 'articles' | 'people' | 'agreements' | 'outlets', id: string) => string;

/** A copy sorted by id (code-unit order, the same on every machine): the order of every export. */
export const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function dossierExport(input: ExportInput, url: Url) {
  return {
    schema: 'dossier/1' as const,
    title: input.title,
    articles: byId(input.articles).map(({ id, data: a }) => ({
      id, url: url('articles', id), title: a.title, source: a.source, sha256: a.sha256, date: a.date,
      outlet: a.publisher, people: a.people, agreements: a.agreements, outlets: a.outlets,
    })),
    people: byId(input.people).map(({ id, data: p }) => ({
      id, url: url('people', id), name: p.name, aliases: p.aliases.map((x) => x.name),
      roles: p.roles.map((r) => ({ role: r.role, article: r.article })), country: p.country, articles: p.articles,
    })),
    agreements: byId(input.agreements).map(({ id, data: a }) => ({
      id, url: url('agreements', id), name: a.name, aliases: a.aliases.map((x) => x.name), year: a.year,
      status: a.status.map((s) => ({ status: s.status, article: s.article })), articles: a.articles,
    })),
    outlets: byId(input.outlets).map(({ id, data: o }) => ({
      id, url: url('outlets', id), name: o.name, aliases: o.aliases.map((x) => x.name),
      published: o.published, cited_in: o.cited_in, articles: o.articles,
    })),
  };
}
export type DossierExport = ReturnType<typeof dossierExport>;
