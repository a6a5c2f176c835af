/**
 * The four collections the ingest writes to content/, validated by the same zod schemas the pipeline
 * writes them with. The site only reads these; it never re-does any language processing.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agreementSchema, articleSchema, outletSchema, personSchema } from './schema.ts';

// DOSSIER_CONTENT builds a site from another content folder (the tests build hostile fixtures this way).
const CONTENT = process.env.DOSSIER_CONTENT ?? './content';
const from = (kind: string) => glob({ pattern: '*.mdx', base: `${CONTENT}/${kind}` });

export const collections = {
  articles: defineCollection({ loader: from('articles'), schema: articleSchema }),
  people: defineCollection({ loader: from('people'), schema: personSchema }),
  agreements: defineCollection({ loader: from('agreements'), schema: agreementSchema }),
  outlets: defineCollection({ loader: from('outlets'), schema: outletSchema }),
};
