/**
 * Checks over the built site in dist/: no broken internal link or anchor, valid HTML on every page, and no
 * JavaScript on any page except the lazy loaders for previews and search. Prints what each page type ships.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { HtmlValidate } from 'html-validate';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).sort();
const trees = new Map(pages.map((f) => [f, fromHtml(readFileSync(path.join(DIST, f), 'utf8'))]));

const elements = (file: string): Element[] => {
  const out: Element[] = [];
  visit(trees.get(file)!, 'element', (e: Element) => void out.push(e));
  return out;
};
const ids = new Map(pages.map((f) => [f, new Set(elements(f).flatMap((e) => (typeof e.properties.id === 'string' ? [e.properties.id] : [])))]));

/** The file a site path serves, as the static host would: directories serve index.html. */
function fileOf(pathname: string): string | null {
  const rel = decodeURIComponent(pathname).replace(/^\//, '');
  for (const candidate of [rel, path.join(rel, 'index.html')]) {
    const full = path.join(DIST, candidate);
    try {
      if (statSync(full).isFile()) return candidate;
    } catch {
      // not there: try the next form
    }
  }
  return null;
}

/** A script and every module it imports statically (fetched on load); dynamic import() is left out: it loads on use. */
function withStaticImports(src: string, seen = new Set<string>()): string[] {
  if (seen.has(src)) return [];
  seen.add(src);
  const code = readFileSync(path.join(DIST, src), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}*\s,$]+from\s*)?["']([^"']+)["']/g)) {
    withStaticImports(path.posix.join(path.posix.dirname(src), m[1]!), seen);
  }
  return [...seen];
}

describe('the built site', () => {
  it('has every page type', () => {
    for (const p of ['index.html', '404.html', 'search/index.html', 'articles/index.html', 'people/index.html', 'agreements/index.html', 'outlets/index.html']) expect(pages).toContain(p);
    for (const f of ['sitemap-index.xml', 'feed.xml', 'dossier.json', 'previews.json', 'pagefind/pagefind.js']) expect(fileOf(`/${f}`), f).not.toBeNull();
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const self = `/${file.replace(/index\.html$/, '')}`;
      for (const e of elements(file)) {
        const href = e.tagName === 'a' || e.tagName === 'link' ? e.properties.href : e.tagName === 'script' || e.tagName === 'img' ? e.properties.src : undefined;
        if (typeof href !== 'string' || /^(?:[a-z]+:)?\/\//i.test(href) || /^(?:mailto|data):/i.test(href)) continue;
        const url = new URL(href, `http://site${self}`);
        if (url.hostname !== 'site') continue;
        checked++;
        const target = fileOf(url.pathname);
        if (!target) broken.push(`${file}: ${href} (no such page)`);
        else if (url.hash && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${file}: ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(readFileSync(path.join(DIST, file), 'utf8'), file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('ships JavaScript only to pages with previews or search, as small loaders', () => {
    const shipped = new Map<string, { files: string[]; bytes: number }>();
    const typeOf = (file: string): string => (file === 'index.html' ? 'summary' : file.includes('/') ? `${file.split('/')[0]}${file.split('/').length > 2 ? ' page' : ' index'}` : file);
    for (const file of pages) {
      const scripts = elements(file).filter((e) => e.tagName === 'script');
      const srcs = scripts.flatMap((s) => (typeof s.properties.src === 'string' ? [s.properties.src] : []));
      const inline = scripts.filter((s) => !s.properties.src).reduce((n, s) => n + JSON.stringify(s.children).length, 0);
      const bytes = [...new Set(srcs.flatMap((s) => withStaticImports(s)))].reduce((n, s) => n + statSync(path.join(DIST, s)).size, 0) + inline;
      const type = typeOf(file);
      if (!shipped.has(type)) shipped.set(type, { files: srcs, bytes });
      // No page preloads the code that only runs on use.
      expect(elements(file).some((e) => e.tagName === 'link' && String(e.properties.rel).includes('modulepreload'))).toBe(false);
    }
    console.log('JavaScript shipped on load, by page type (bytes, before compression):');
    for (const [type, s] of [...shipped].sort()) console.log(`  ${type.padEnd(18)} ${String(s.bytes).padStart(6)}  ${s.files.join(' ')}`);
    for (const type of ['404.html', 'articles index']) expect(shipped.get(type)?.bytes, type).toBe(0);
    // Previews: one small module; search: its code and Vite's preload helper, Pagefind itself loads on use.
    for (const [type, s] of shipped) expect(s.bytes, type).toBeLessThan(type.startsWith('search') ? 4000 : 2500);
  });
});
