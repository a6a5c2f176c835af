/**
 * The dossier as CSV tables for spreadsheets: articles, people, agreements, outlets, and every mention with
 * the sentence around it. Lists inside a cell are joined by " | ". Cells that a spreadsheet would read as a
 * formula (starting with =, +, -, @) are written with a leading apostrophe (csv-stringify's escape_formulas),
 * so hostile source text stays text there too.
 */
import { stringify } from 'csv-stringify/sync';
import { byId, type ExportInput } from './dossier-export.ts';

export const TABLES = ['articles', 'people', 'agreements', 'outlets', 'mentions'] as const;
export type Table = (typeof TABLES)[number];
type PageUrl = (kind: 'articles' | 'people' | 'agreements' | 'outlets', id: string) => string;
type Row = Record<string, string | number | boolean | null>;

const list = (values: (string | null | undefined)[]): string => [...new Set(values.filter((v): v is string => !!v))].join(' | ');

export function csvTable(table: Table, input: ExportInput, pageUrl: PageUrl): string {
  const rows = ROWS[table](input, pageUrl);
  // RFC 4180: CRLF line ends, a header row even when there are no records.
  return stringify(rows, { header: true, columns: COLUMNS[table], record_delimiter: 'windows', escape_formulas: true, cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

const COLUMNS: Record<Table, string[]> = {
  articles: ['id', 'title', 'date', 'publisher', 'byline', 'source', 'sha256', 'people', 'agreements', 'outlets', 'url'],
  people: ['id', 'name', 'aliases', 'country', 'roles', 'articles', 'mentions', 'url'],
  agreements: ['id', 'name', 'aliases', 'year', 'named', 'status', 'articles', 'mentions', 'url'],
  outlets: ['id', 'name', 'aliases', 'country', 'type', 'published', 'cited_in', 'articles', 'mentions', 'url'],
  mentions: ['kind', 'entity', 'name', 'article', 'paragraph', 'n', 'start', 'end', 'text', 'snippet', 'url'],
};

const ROWS: Record<Table, (input: ExportInput, pageUrl: PageUrl) => Row[]> = {
  articles: ({ articles, outlets }, pageUrl) => {
    const outletName = new Map(outlets.map((o) => [o.id, o.data.name]));
    return byId(articles).map(({ id, data: a }) => ({
      id, title: a.title, date: a.date, publisher: a.publisher ? (outletName.get(a.publisher) ?? a.publisher) : null, byline: a.byline,
      source: a.source, sha256: a.sha256, people: a.people.length, agreements: a.agreements.length, outlets: a.outlets.length, url: pageUrl('articles', id),
    }));
  },
  people: ({ people }, pageUrl) =>
    byId(people).map(({ id, data: p }) => ({
      id, name: p.name, aliases: list(p.aliases.map((a) => a.name)), country: p.country, roles: list(p.roles.map((r) => r.role)),
      articles: p.articles.length, mentions: p.mentions.length, url: pageUrl('people', id),
    })),
  agreements: ({ agreements }, pageUrl) =>
    byId(agreements).map(({ id, data: g }) => ({
      id, name: g.name, aliases: list(g.aliases.map((a) => a.name)), year: g.year, named: g.named, status: list(g.status.map((s) => s.status)),
      articles: g.articles.length, mentions: g.mentions.length, url: pageUrl('agreements', id),
    })),
  outlets: ({ outlets }, pageUrl) =>
    byId(outlets).map(({ id, data: o }) => ({
      id, name: o.name, aliases: list(o.aliases.map((a) => a.name)), country: o.country, type: o.type, published: o.published.length,
      cited_in: o.cited_in.length, articles: o.articles.length, mentions: o.mentions.length, url: pageUrl('outlets', id),
    })),
  mentions: ({ articles, people, agreements, outlets }, pageUrl) => {
    const paragraphNo = new Map(articles.flatMap((a) => a.data.paragraphs.map((p) => [`${a.id}#${p.id}`, p.n] as const)));
    const kinds = [['person', people], ['agreement', agreements], ['outlet', outlets]] as const;
    return kinds.flatMap(([kind, entries]) =>
      byId([...entries]).flatMap(({ id, data }) =>
        data.mentions.map((m) => ({
          kind, entity: id, name: data.name, article: m.article, paragraph: m.paragraph, n: paragraphNo.get(`${m.article}#${m.paragraph}`) ?? null,
          start: m.start, end: m.end, text: m.text, snippet: m.snippet, url: `${pageUrl('articles', m.article)}#${m.paragraph}`,
        })),
      ),
    );
  },
};
