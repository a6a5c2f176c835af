/**
 * A content loader for the MDX files whose pages are drawn from their frontmatter alone (people, agreements,
 * outlets): it reads each file's frontmatter into the data store and never hands the file to the MDX
 * pipeline. Astro's glob() loader would have Vite compile every one into a JavaScript module and bundle it,
 * the largest cost of a big dossier's build, for a body that is empty. The files stay MDX, as the ingest
 * writes them; a file whose text is unchanged since the last build is not parsed again.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { load as loadYaml } from 'js-yaml';
import { frontmatterBlock } from '../pipeline/frontmatter.ts';

/** The frontmatter's YAML; an error naming the file when there is none. */
function frontmatterOf(text: string, file: string): string {
  const yaml = frontmatterBlock(text);
  if (yaml === null) throw new Error(`${file}: no frontmatter (a block between --- lines at the top). Run \`npm run ingest\` to regenerate content/.`);
  return yaml;
}

export function frontmatterLoader(dir: string): Loader {
  return {
    name: 'dossier-frontmatter',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = config.root.pathname;
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
          const digest = generateDigest(text);
          if (store.get(id)?.digest === digest) return;
          let raw: unknown;
          try {
            raw = loadYaml(frontmatterOf(text, filePath), { filename: filePath });
          } catch (e) {
            throw new Error(`${filePath}: the frontmatter is not valid YAML (${(e as Error).message}). Run \`npm run ingest\` to regenerate content/.`);
          }
          const data = await parseData({ id, data: raw as Record<string, unknown>, filePath });
          store.set({ id, data, digest, filePath });
        }),
      );
    },
  };
}
