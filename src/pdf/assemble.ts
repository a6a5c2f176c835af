/**
 * The print edition: every page of the built site (dist/) gathered into one HTML document for Chromium to
 * print. A cover, a table of contents, then the summary, people, agreements, outlets and articles, each
 * page's <main> only (no navigation, search or footer). Ids are renamed so pages cannot clash, and every link
 * is rewritten: to a page or paragraph in the document it becomes an in-document link (a link inside the PDF),
 * to anything else on the site an absolute link to the published site. Headings move one level down under
 * the part headings, so the PDF outline reads Part > Page > Section.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { longDate } from '../pipeline/dates.ts';

export const PARTS = [
  { kind: 'people', label: 'People' },
  { kind: 'agreements', label: 'Agreements' },
  { kind: 'outlets', label: 'Outlets' },
  { kind: 'articles', label: 'Articles' },
] as const;

export type Part = (typeof PARTS)[number]['kind'];

/** One page of the site in the document: where it came from and the id its section has. */
export interface Section {
  /** Site path without the base, e.g. "people/jane-doe/" ("" for the summary). */
  path: string;
  id: string;
  /** The page's own heading, for the table of contents. */
  title: string;
  part: 'summary' | Part;
}

export interface PrintDocument {
  title: string;
  sections: Section[];
  /** The whole document; `pages` fills the table of contents (section id → page number) once they are known. */
  html: (pages?: Map<string, number>) => string;
  /** "18 June 2024 – 20 June 2024", or null when no source is dated: for the cover and the page footers. */
  range: string | null;
}

const ID_REFS = ['htmlFor', 'ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'headers'] as const;
/** Text for HTML the print document is written as (titles come from the sources: they are never markup). */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `parts`: which parts after the summary to print (all by default); links into a part left out go to the web. */
/** `printCss` comes after the site's own stylesheet (with its print rules), which is inlined from `site`. */
export function assemble(site: string, printCss: string, parts: readonly Part[] = PARTS.map((p) => p.kind)): PrintDocument {
  const read = (rel: string): Root => fromHtml(readFileSync(path.join(site, rel, 'index.html'), 'utf8'));
  const home = read('');
  const siteCss = selectAll('link[rel=stylesheet]', home).map((l) => readFileSync(path.join(site, String(l.properties.href).replace(/^.*?\/_astro\//, '_astro/')), 'utf8'));
  const css = [...siteCss, printCss].join('\n');
  const base = String((select('a.site-title', home)?.properties.href as string | undefined) ?? '/');
  const origin = String(select('link[rel=canonical]', home)?.properties.href ?? 'https://example.org/');
  const webRoot = new URL(base, origin).href;
  const data = JSON.parse(readFileSync(path.join(site, 'dossier.json'), 'utf8')) as { title: string; articles: { date: string | null }[]; people: unknown[]; agreements: unknown[]; outlets: unknown[] };
  const description = String(select('meta[name=description]', home)?.properties.content ?? '');

  // The pages, in the order the site's own index pages list them (people by prominence, articles as S1..Sn).
  const sections: Section[] = [{ path: '', id: 's0', title: 'Summary', part: 'summary' }];
  for (const { kind } of PARTS.filter((p) => parts.includes(p.kind))) {
    const seen = new Set<string>();
    for (const a of selectAll('main a[href]', read(kind))) {
      const rel = sitePath(String(a.properties.href), base);
      const m = rel?.match(new RegExp(`^${kind}/[^/]+/$`));
      if (!m || seen.has(rel!)) continue;
      seen.add(rel!);
      sections.push({ path: rel!, id: `s${sections.length}`, title: '', part: kind });
    }
  }
  const bySitePath = new Map(sections.map((s) => [s.path, s]));

  // Every page's <main>, its ids renamed to short document-wide ones (ids from text could be anything).
  const ids = new Map<string, string>();
  const mains = sections.map((s) => {
    const main = select('main', s.path === '' ? home : read(s.path))!;
    const h1 = select('h1', main);
    if (s.part !== 'summary') s.title = h1 ? toString(h1).trim() : s.path;
    visit(main, 'element', (el: Element) => {
      if (el.properties.id != null) {
        const renamed = `${s.id}-${ids.size}`;
        ids.set(`${s.path}#${el.properties.id}`, renamed);
        el.properties.id = renamed;
      }
    });
    return main;
  });

  const target = (href: string, from: Section): { internal: string } | { web: string } | null => {
    if (href.startsWith('#')) return { internal: ids.get(`${from.path}${href}`) ?? from.id };
    const url = new URL(href, `https://site.invalid${base}${from.path}`);
    if (url.origin !== 'https://site.invalid') return /^(https?|mailto):$/.test(url.protocol) ? { web: url.href } : null;
    const rel = sitePath(url.pathname, base);
    if (rel == null) return null;
    const page = bySitePath.get(rel);
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
    if (page) return { internal: (fragment && ids.get(`${rel}#${fragment}`)) || page.id };
    const part = PARTS.find((p) => rel === `${p.kind}/` && parts.includes(p.kind));
    if (part) return { internal: `part-${part.kind}` };
    return { web: new URL(rel + url.search + url.hash, webRoot).href };
  };

  const body = mains.map((main, i) => {
    const s = sections[i]!;
    visit(main, 'element', (el: Element, index, parent) => {
      if (el.tagName === 'script' || el.tagName === 'template' || (el.properties.className as string[] | undefined)?.includes('skip')) {
        if (parent && index != null) parent.children.splice(index, 1);
        return index;
      }
      const level = /^h([1-6])$/.exec(el.tagName)?.[1];
      if (level) el.tagName = `h${Math.min(6, Number(level) + 1)}`;
      for (const attr of ID_REFS) {
        const v = el.properties[attr];
        const refs = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : null;
        if (refs) el.properties[attr] = refs.map((ref) => ids.get(`${s.path}#${ref}`) ?? ref);
      }
      for (const attr of ['href', 'xLinkHref'] as const) {
        const href = el.properties[attr];
        if (typeof href !== 'string') continue;
        const to = target(href, s);
        if (!to) delete el.properties[attr];
        else el.properties[attr] = 'internal' in to ? `#${to.internal}` : to.web;
      }
      return undefined;
    });
    return { section: s, html: toHtml(main.children as ElementContent[]) };
  });

  const dates = data.articles.map((a) => a.date).filter((d): d is string => !!d).sort();
  const range = dates.length ? (dates[0] === dates.at(-1) ? longDate(dates[0]!) : `${longDate(dates[0]!)} – ${longDate(dates.at(-1)!)}`) : null;
  const undated = data.articles.length - dates.length;
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

  const html = (pages?: Map<string, number>): string => {
    const pg = (id: string): string => `<span class="toc-pg">${pages?.get(id) ?? ''}</span>`;
    const entry = (s: Section, label: string): string => `<li><a href="#${s.id}"><span class="toc-label">${esc(label)}</span>${pg(s.id)}</a></li>`;
    const toc = [`<li class="toc-part">${entry(sections[0]!, 'Summary').slice(4, -5)}</li>`];
    let sourceNo = 0;
    for (const { kind, label } of PARTS) {
      const inPart = sections.filter((s) => s.part === kind);
      if (!inPart.length) continue;
      toc.push(`<li class="toc-part"><a href="#part-${kind}"><span class="toc-label">${label}</span>${pg(`part-${kind}`)}</a><ol>${inPart.map((s) => entry(s, kind === 'articles' ? `S${++sourceNo} · ${s.title}` : s.title)).join('')}</ol></li>`);
    }
    const parts = body.map(({ section, html: inner }, i) => {
      const first = i === 0 || body[i - 1]!.section.part !== section.part;
      const part = PARTS.find((p) => p.kind === section.part);
      const heading = first
        ? section.part === 'summary'
          ? `<h1 class="pdf-part" id="part-summary">Summary</h1>`
          : `<h1 class="pdf-part" id="part-${section.part}">${part!.label}</h1>`
        : '';
      return `${heading}<section class="pdf-page pdf-${section.part}${first ? ' pdf-first' : ''}" id="${section.id}" aria-label="${esc(section.title)}">${inner}</section>`;
    });
    return `<!doctype html>
<html lang="en" class="pdf">
<head><meta charset="utf-8"><title>${esc(data.title)}</title><style>${css}</style></head>
<body>
<section class="pdf-cover">
  <p class="pdf-kicker">Briefing dossier</p>
  <p class="pdf-title">${esc(data.title)}</p>
  ${description && description !== data.title ? `<p class="pdf-desc">${esc(description)}</p>` : ''}
  <p class="pdf-range">${range ? `Sources published ${range}` : 'The sources give no publication dates'}${undated && range ? ` (${count(undated, 'source', 'sources')} undated)` : ''}</p>
  <p class="pdf-counts">${[count(data.articles.length, 'source', 'sources'), count(data.people.length, 'person', 'people'), count(data.agreements.length, 'agreement', 'agreements'), count(data.outlets.length, 'outlet', 'outlets')].join(' · ')}</p>
  <p class="pdf-how">Every statement cites the paragraph it rests on, as <b>S2 ¶5</b>: source 2, paragraph 5. In this PDF each citation and name is a link to that paragraph or page.</p>
  ${parts.includes('articles') ? '' : '<p class="pdf-how">The articles are not printed in this edition: citations and article links lead to them in the web edition.</p>'}
  <p class="pdf-web">Web edition: <a href="${esc(webRoot)}">${esc(webRoot)}</a></p>
</section>
<nav class="pdf-toc" aria-labelledby="toc-h"><h1 id="toc-h">Contents</h1><ol>${toc.join('')}</ol></nav>
${parts.join('\n')}
</body>
</html>`;
  };
  return { title: data.title, sections, html, range };
}

/** A link's path on the site without the base ("people/jane-doe/"), or null when it is outside the base. */
function sitePath(href: string, base: string): string | null {
  const pathname = href.startsWith('/') ? href.split(/[?#]/)[0]! : null;
  if (pathname == null || !pathname.startsWith(base)) return null;
  return decodeURIComponent(pathname.slice(base.length));
}
