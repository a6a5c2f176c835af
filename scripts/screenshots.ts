/**
 * npm run screenshots [-- --out <dir>]: each page type of the built site at 390 px and 1280 px wide, light
 * and dark, as PNG files, for looking at the design. Needs `npm run build` first and Chromium.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launch } from './browser.ts';
import { readOptions } from './cli.ts';
import { serveStatic } from './serve-static.ts';

const USAGE = `Usage: npm run screenshots [-- options]

Saves each page type of the built site (run \`npm run build\` first) at 390 and 1280 px, light and dark.

Options:
  --out <dir>   where the PNG files go (default: screenshots)
  --full        whole pages, not the first screen
  -h, --help    show this help`;
const { values } = readOptions({ options: { out: { type: 'string', default: 'screenshots' }, full: { type: 'boolean', default: false } } }, USAGE);
const dossier = (await import(path.resolve('dist/dossier.json'), { with: { type: 'json' } })).default as Record<string, { url: string; name: string; aliases: string[] }[]>;
// Search for a variant spelling, as a reader who read it in one source would.
const variant = (dossier.people ?? []).flatMap((p) => p.aliases.filter((a) => a !== p.name))[0]?.split(' ').at(-1) ?? dossier.people?.[0]?.name ?? '';
// (a dossier may have no agreements, say: that page type is left out, and said so)
const first = (kind: string, list: string): [string, string][] => {
  const url = dossier[list]?.[0]?.url;
  if (!url) console.error(`no ${kind} in this dossier: no ${kind} page to show`);
  return url ? [[kind, url]] : [];
};
const pages: [string, string][] = [
  ['summary', '/'],
  ...first('article', 'articles'),
  ...first('person', 'people'),
  ...first('agreement', 'agreements'),
  ...first('outlet', 'outlets'),
  ['people-index', '/people/'],
  ['articles-index', '/articles/'],
  ['search', `/search/?q=${encodeURIComponent(variant)}`],
  ['404', '/no-such-page/'],
];
await mkdir(values.out, { recursive: true });
const server = await serveStatic('dist');
const browser = await launch();
try {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [name, url] of pages) {
        await page.goto(server.url + url, { waitUntil: 'networkidle' });
        const file = path.join(values.out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: values.full });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
