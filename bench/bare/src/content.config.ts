// One collection of the benchmark's articles as plain MDX (BARE_CONTENT: the folder the benchmark writes).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: process.env.BARE_CONTENT ?? './articles' }), schema: z.object({ title: z.string() }) }),
};
