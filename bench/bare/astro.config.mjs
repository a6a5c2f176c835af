// @ts-check
// The yardstick: a bare Astro site with one MDX collection and a page per article, nothing else.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.BARE_OUT ?? './dist',
  cacheDir: process.env.BARE_CACHE ?? './node_modules/.astro',
  integrations: [mdx()],
});
