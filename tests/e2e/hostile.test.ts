/**
 * Hostile sources (tests/fixtures/hostile/): MDX and JSX, front-matter fences, HTML and script, javascript:
 * links, Markdown syntax, comments, control characters and a very long line. A dossier is built from them
 * into a temporary folder; every line must reach its article page as text, no element or attribute from a
 * source may appear in the HTML, and in Chromium no script from a source may run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch } from '../../scripts/browser.ts';
import { serveStatic } from '../../scripts/serve-static.ts';

const FIXTURE = 'tests/fixtures/hostile';
const work = mkdtempSync(path.join(tmpdir(), 'hostile-'));
const env = { ...process.env, DOSSIER_CONTENT: path.join(work, 'content'), DOSSIER_OUT: path.join(work, 'dist'), DOSSIER_CACHE: path.join(work, 'cache') };
const dist = env.DOSSIER_OUT;
const sources = readdirSync(FIXTURE).filter((f) => f.endsWith('.txt')).sort();
/** Whitespace runs as one space: HTML does the same to text. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

let pages: { source: string; url: string; html: string }[] = [];

beforeAll(() => {
  const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', FIXTURE, '--out', env.DOSSIER_CONTENT, '--no-cache', '--quiet'], { encoding: 'utf8', env });
  expect(ingest.status, ingest.stderr).toBe(0);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { encoding: 'utf8', env });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const dossier = JSON.parse(readFileSync(path.join(dist, 'dossier.json'), 'utf8'));
  pages = dossier.articles.map((a: { source: string; url: string }) => ({ source: a.source, url: a.url, html: readFileSync(path.join(dist, a.url, 'index.html'), 'utf8') }));
}, 180_000);

describe('hostile sources', () => {
  it('gives each source its own page', () => {
    expect(pages.map((p) => path.basename(p.source)).sort()).toEqual(sources);
  });

  it('shows every line of every source, verbatim, as text on its page', () => {
    for (const page of pages) {
      const tree = fromHtml(page.html);
      let text = '';
      visit(tree, 'element', (e: Element) => {
        if (e.properties.className && String(e.properties.className).split(' ').includes('text')) text = toString(e);
      });
      const lines = readFileSync(page.source.replace(/^.*?hostile\//, `${FIXTURE}/`), 'utf8').split('\n').filter((l) => l.trim());
      for (const line of lines) expect(norm(text), `${page.source}: ${line.slice(0, 60)}`).toContain(norm(line));
    }
  });

  it('lets no element, attribute or URL from a source into the HTML', () => {
    for (const page of pages) {
      const bad: string[] = [];
      const tree = fromHtml(page.html);
      visit(tree, 'element', (e: Element) => {
        if (!String(e.properties.className ?? '').split(' ').includes('text')) return;
        // Inside the article's text only the site's own elements may appear: paragraphs, their anchors, mentions.
        visit(e, 'element', (x: Element) => void (['div', 'p', 'a', 'span'].includes(x.tagName) || bad.push(`<${x.tagName}> in the text`)));
      });
      visit(tree, 'element', (e: Element) => {
        if (e.tagName === 'script' && !String(e.properties.src ?? '').startsWith('/_astro/')) bad.push('inline or foreign <script>');
        if (e.tagName === 'meta' && e.properties.httpEquiv) bad.push('<meta http-equiv>');
        if (e.tagName === 'link' && String(e.properties.href ?? '').includes('evil')) bad.push('<link> to evil');
        for (const [name, value] of Object.entries(e.properties)) {
          if (/^on/i.test(name)) bad.push(`${e.tagName} ${name}`);
          if (/^\s*javascript:/i.test(String(value))) bad.push(`${e.tagName} ${name}=javascript:`);
        }
      });
      expect(bad, page.source).toEqual([]);
    }
  });
});

const skip = !hasChromium() && !process.env.CI;
describe.skipIf(skip)('hostile sources in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs no script from a source and shows the page', async () => {
    for (const page of pages) {
      const tab = await browser.newPage();
      const events: string[] = [];
      tab.on('dialog', (d) => {
        events.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      tab.on('request', (r) => {
        if (!r.url().startsWith(server.url)) events.push(`request to ${r.url()}`);
      });
      await tab.goto(server.url + page.url, { waitUntil: 'networkidle' });
      // Hover and click every link a reader might: none may run script or leave the site.
      for (const link of await tab.locator('.text a').all()) await link.hover();
      expect(await tab.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), page.source).toBeUndefined();
      expect(await tab.locator('body').isVisible()).toBe(true);
      expect(await tab.locator('h1').first().isVisible()).toBe(true);
      expect(events, page.source).toEqual([]);
      const shown = norm(await tab.locator('.text').innerText());
      // What the reader sees is the source's text, markup characters and all.
      const expected = { 'html-and-script.txt': "<script>window.__pwned = 'script'; alert(1)</script>", 'mdx-and-jsx.txt': 'import x from "y"', 'markdown-and-controls.txt': '| a | table | row |' }[path.basename(page.source)];
      expect(shown).toContain(expected);
      await tab.close();
    }
  });

  it('prints them in the PDF edition as text, with no link leaving the dossier', async () => {
    const file = path.join(work, 'hostile.pdf');
    const run = spawnSync(process.execPath, ['scripts/pdf.ts', '--site', dist, '--out', file, '--quiet'], { encoding: 'utf8', env });
    expect(run.status, run.stderr).toBe(0);
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    let text = '';
    const urls: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const pg = await doc.getPage(p);
      text += (await pg.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      for (const a of await pg.getAnnotations()) if (a.url) urls.push(a.url);
    }
    await doc.destroy();
    const squash = (t: string): string => t.replace(/\s+/g, '');
    for (const shown of ["<script>window.__pwned = 'script'; alert(1)</script>", 'import x from "y"', '| a | table | row |']) expect(squash(text)).toContain(squash(shown));
    for (const url of urls) expect(url).toMatch(/^https:\/\/example\.org\//);
  }, 120_000);

  it('refuses to build an article whose MDX was edited into code, naming the file and line, and runs none of it', () => {
    const edited = path.join(work, 'edited');
    cpSync(env.DOSSIER_CONTENT, edited, { recursive: true });
    const name = readdirSync(path.join(edited, 'articles'))[0]!;
    const file = path.join(edited, 'articles', name);
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.lastIndexOf('---') + 2; // the first line of the body
    const marker = path.join(work, 'pwned');
    lines.splice(at - 1, 0, `import fs from 'node:fs'`, '', `{fs.writeFileSync(${JSON.stringify(marker)}, 'x')}`, '');
    writeFileSync(file, lines.join('\n'));
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      encoding: 'utf8',
      env: { ...env, DOSSIER_CONTENT: edited, DOSSIER_OUT: path.join(work, 'edited-dist'), DOSSIER_CACHE: path.join(work, 'edited-cache') },
    });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain(`articles/${name}:${at}: an import or export between paragraphs`);
    expect(build.stdout + build.stderr).toMatch(/npm run ingest/);
    expect(existsSync(marker)).toBe(false);
  }, 120_000);
});
