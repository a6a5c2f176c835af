// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// SITE_URL lets a team publish under its own domain (GitHub Pages sets it in CI); the default keeps builds reproducible.
export default defineConfig({
  site: process.env.SITE_URL || 'https://example.org',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // DOSSIER_OUT and DOSSIER_CACHE let a second site (a test fixture) build beside the main one.
  outDir: process.env.DOSSIER_OUT ?? './dist',
  cacheDir: process.env.DOSSIER_CACHE ?? './node_modules/.astro',
  // Source text is shown exactly as written: no typographic quotes or dashes substituted, and no GFM, whose
  // autolinks and tables would read syntax into text the ingest serialised for plain MDX (remark-mdx).
  integrations: [mdx({ smartypants: false, gfm: false }), sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(page) })],
  build: { format: 'directory' },
  // Scripts stay files, never inlined: a file is cached across pages, and an inlined script that imports on
  // demand (search loading Pagefind) breaks in Vite ("__VITE_PRELOAD__ is not defined").
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Astro marks each compiled MDX module with a "use astro:head-inject" directive that the bundler warns it
      // may not keep; Astro handles it itself, and the warning repeated once per article buried real messages.
      rollupOptions: { onwarn: (warning, warn) => void (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warn(warning)) },
    },
  },
});
