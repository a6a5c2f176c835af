/**
 * The content loader for the dossier's MDX files. It reads each file's frontmatter into the data store, with
 * the file's path; an article's body is rendered from the file when its page is built (src/lib/article-body.ts).
 * Astro's glob() loader would have Vite compile every file into a JavaScript module and bundle it: at a
 * thousand articles that was most of the build's time (README, Performance), and for people, agreements and
 * outlets it was spent on an empty body. The files stay MDX, as the ingest writes them; a file whose text is
 * unchanged since the last build is not parsed again.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentParts, parseFrontmatter, REGENERATE } from '../pipeline/frontmatter.ts';
import schemaCode from '../schema.ts?raw';
import loaderCode from './frontmatter-loader.ts?raw';

/** The frontmatter's data; an error naming the file when it is missing or broken. */
function frontmatter(text: string, file: string): Record<string, unknown> {
  const { yaml } = contentParts(text, file);
  let raw: unknown;
  try {
    raw = parseFrontmatter(yaml, file);
  } catch (e) {
    throw new Error(`${file}: the frontmatter is ${(e as Error).message}. ${REGENERATE}`);
  }
  if (!raw || typeof raw !== 'object') throw new Error(`${file}: the frontmatter is not a mapping of fields. ${REGENERATE}`);
  return raw as Record<string, unknown>;
}

// The data store outlives a build (it is kept in the cache folder) and Astro clears it only when its config or
// the content config file changes; the code that turns a file into an entry is part of each entry's digest, so
// an upgrade of the schema or the loader re-reads every file instead of serving entries made by the old code.
const CODE = schemaCode + loaderCode;

export function frontmatterLoader(dir: string): Loader {
  return {
    name: 'dossier-mdx',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = config.root.pathname;
      const code = String(generateDigest(CODE));
      // A dossier may have no agreements (or outlets): the ingest then writes no folder for them.
      const files = existsSync(dir) ? (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort() : [];
      const ids = new Set(files.map((f) => f.slice(0, -'.mdx'.length)));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      await Promise.all(
        files.map(async (file) => {
          const id = file.slice(0, -'.mdx'.length);
          const full = path.join(dir, file);
          const filePath = path.relative(root, path.resolve(full));
          const text = await readFile(full, 'utf8');
          const digest = generateDigest(code + text);
          if (store.get(id)?.digest === digest) return;
          const data = await parseData({ id, data: frontmatter(text, filePath), filePath });
          store.set({ id, data, digest, filePath });
        }),
      );
    },
  };
}
