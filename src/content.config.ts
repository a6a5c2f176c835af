/**
 * The four collections the ingest writes to content/, validated by the same zod schemas the pipeline
 * writes them with. The site only reads these; it never re-does any language processing.
 */
import { defineCollection } from 'astro:content';
import { frontmatterLoader } from './lib/frontmatter-loader.ts';
import { agreementSchema, articleSchema, outletSchema, personSchema } from './schema.ts';

// DOSSIER_CONTENT builds a site from another content folder (the tests build hostile fixtures this way).
const CONTENT = process.env.DOSSIER_CONTENT ?? './content';
// Every file is read by the dossier's own loader (src/lib/frontmatter-loader.ts), never compiled as a module:
// every collection is drawn from its frontmatter; an article's body is rendered when its page is built
// (src/lib/article-body.ts, articleFileHtml).
const data = (kind: string) => frontmatterLoader(`${CONTENT}/${kind}`);

export const collections = {
  articles: defineCollection({ loader: data('articles'), schema: articleSchema }),
  people: defineCollection({ loader: data('people'), schema: personSchema }),
  agreements: defineCollection({ loader: data('agreements'), schema: agreementSchema }),
  outlets: defineCollection({ loader: data('outlets'), schema: outletSchema }),
};
