/** Page URLs, under the configured base path, always with a trailing slash. */
import type { EntityKind } from '../schema.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export type Kind = 'articles' | 'people' | 'agreements' | 'outlets';

export const home = (): string => BASE;
export const asset = (file: string): string => `${BASE}${file}`;
export const indexOf = (kind: Kind): string => `${BASE}${kind}/`;
export const pageOf = (kind: Kind, id: string): string => `${BASE}${kind}/${id}/`;
/** A paragraph of an article: the citation every mention and quote links to. */
export const paragraphOf = (article: string, paragraph: string): string => `${pageOf('articles', article)}#${paragraph}`;
export const kindOfMention = { person: 'people', agreement: 'agreements', outlet: 'outlets' } as const;
export const entityPage = (kind: EntityKind, id: string): string => pageOf(kindOfMention[kind], id);
/** A page's full address on the published site (SITE_URL), for files read outside the site: the data exports. */
export const absolute = (kind: Kind, id: string): string => new URL(pageOf(kind, id), import.meta.env.SITE).href;
