/**
 * The dossier as FollowTheMoney entities, the data model OCCRP's Aleph loads (one JSON object per line):
 * people as `Person`, outlets as `Organization`, agreements as `Contract` (FtM has no treaty schema; a
 * contract is the nearest thing with a title, a date and a status), the sources as `Article`, and the links:
 * a `Mention` for each person or outlet an article names (FtM lets a Mention resolve only to a legal entity),
 * a `Documentation` for each agreement an article speaks of (role: what it says of it) and for the outlet
 * that published it (role: publisher). Entities are built through the FtM library, which refuses a property
 * its schema does not have. Ids are stable: `person-<page slug>`, and a SHA-1 of both ends for the links.
 */
import { createHash } from 'node:crypto';
import { Model, defaultModel, type Entity } from '@alephdata/followthemoney';
import { COUNTRIES } from '../lexicons/countries.ts';
import { groupBy } from '../pipeline/group.ts';
import type { AgreementData, ArticleFrontmatter, OutletData, PersonData } from '../schema.ts';
import { byId, type ExportInput } from './dossier-export.ts';

const model = new Model(defaultModel);

// FtM names countries by ISO code; the country lexicon by English name and other names.
const codeOfLabel = new Map(Object.entries(defaultModel.types.country?.values ?? {}).map(([code, label]) => [label.toLowerCase(), code]));
const OTHER_LABELS: Record<string, string> = { 'hong kong': 'hk', macau: 'mo', palestine: 'ps' };
const COUNTRY_CODE = new Map<string, string>();
for (const c of COUNTRIES) {
  const code = [c.name, ...c.aliases].map((n) => codeOfLabel.get(n.toLowerCase()) ?? OTHER_LABELS[n.toLowerCase()]).find(Boolean);
  if (code) COUNTRY_CODE.set(c.name, code);
}
/** ISO code of a country as the ingest names it, or undefined ("International", an unknown name). */
export const countryCode = (name: string | null): string | undefined => (name ? COUNTRY_CODE.get(name) : undefined);

const sha1 = (...parts: string[]): string => createHash('sha1').update(parts.join('\u0000')).digest('hex');
export const ftmId = {
  person: (id: string) => `person-${id}`,
  agreement: (id: string) => `agreement-${id}`,
  outlet: (id: string) => `outlet-${id}`,
  article: (id: string) => `article-${id}`,
  link: (kind: 'mention' | 'documentation', from: string, to: string, role = '') => `${kind}-${sha1(from, to, role)}`,
};

type Values = Record<string, (string | null | undefined)[] | string | null | undefined>;
function entity(schema: string, id: string, props: Values): Entity {
  const e = model.getEntity({ schema, id, properties: {} });
  for (const [prop, raw] of Object.entries(props)) {
    const list = Array.isArray(raw) ? raw : [raw];
    for (const v of new Set(list)) if (v != null && v !== '') e.setProperty(prop, v);
  }
  return e;
}
const others = (name: string, aliases: { name: string }[]): string[] => aliases.map((a) => a.name).filter((n) => n !== name);

/** Every FtM entity of the dossier, in a stable order (entities by id, then the links by id). */
export function ftmEntities(input: ExportInput, pageUrl: (kind: 'articles' | 'people' | 'agreements' | 'outlets', id: string) => string): object[] {
  const outletName = new Map(input.outlets.map((o) => [o.id, o.data.name]));
  const entities: Entity[] = [];
  const links: Entity[] = [];

  for (const { id, data: a } of input.articles) entities.push(articleEntity(id, a, outletName, pageUrl('articles', id)));
  for (const { id, data: p } of input.people) {
    entities.push(personEntity(id, p, pageUrl('people', id)));
    links.push(...mentions(ftmId.person(id), 'Person', p));
  }
  for (const { id, data: o } of input.outlets) {
    entities.push(outletEntity(id, o, pageUrl('outlets', id)));
    links.push(...mentions(ftmId.outlet(id), 'Organization', o));
    for (const article of o.published) {
      links.push(entity('Documentation', ftmId.link('documentation', ftmId.article(article), ftmId.outlet(id), 'publisher'), {
        document: ftmId.article(article), entity: ftmId.outlet(id), role: 'publisher',
      }));
    }
  }
  for (const { id, data: g } of input.agreements) {
    entities.push(agreementEntity(id, g, pageUrl('agreements', id)));
    const said = groupBy(g.status, (s) => s.article);
    const where = groupBy(g.mentions, (m) => m.article);
    for (const article of g.articles) {
      links.push(entity('Documentation', ftmId.link('documentation', ftmId.article(article), ftmId.agreement(id)), {
        document: ftmId.article(article), entity: ftmId.agreement(id), role: said.get(article)?.map((s) => s.status) ?? 'mentioned',
        summary: where.get(article)?.[0]?.snippet,
      }));
    }
  }
  return [...byId(entities), ...byId(links)].map((e) => e.toJSON());
}

function articleEntity(id: string, a: ArticleFrontmatter, outletName: Map<string, string>, page: string): Entity {
  return entity('Article', ftmId.article(id), {
    title: a.title, name: a.title, fileName: a.source.split('/').pop(), mimeType: 'text/plain', publishedAt: a.date, author: a.byline,
    publisher: a.publisher ? outletName.get(a.publisher) : undefined, sourceUrl: [a.url, page],
  });
}

function personEntity(id: string, p: PersonData, page: string): Entity {
  return entity('Person', ftmId.person(id), {
    name: p.name, alias: others(p.name, p.aliases), position: p.roles.map((r) => r.role), country: countryCode(p.country),
    description: p.description, sourceUrl: page,
  });
}

function outletEntity(id: string, o: OutletData, page: string): Entity {
  return entity('Organization', ftmId.outlet(id), {
    name: o.name, alias: others(o.name, o.aliases), country: countryCode(o.country), classification: o.type ?? undefined,
    description: o.description, sourceUrl: page,
  });
}

function agreementEntity(id: string, g: AgreementData, page: string): Entity {
  return entity('Contract', ftmId.agreement(id), {
    title: g.name, name: g.name, alias: others(g.name, g.aliases), type: 'agreement', contractDate: g.year ? String(g.year) : undefined,
    status: g.status.map((s) => s.status), description: g.description, sourceUrl: page,
  });
}

/** One Mention per article that names the entity, with the words it used. */
function mentions(resolved: string, schema: 'Person' | 'Organization', e: PersonData | OutletData): Entity[] {
  const words = groupBy(e.mentions, (m) => m.article);
  return e.articles.map((article) =>
    entity('Mention', ftmId.link('mention', ftmId.article(article), resolved), {
      document: ftmId.article(article), resolved, detectedSchema: schema, name: words.get(article)?.map((m) => m.text) ?? e.name,
    }),
  );
}
