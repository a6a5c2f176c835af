/**
 * npm run pdf, printed by Chromium from the built site and read back with pdf.js: the cover, the contents
 * with the right page numbers, the outline, links that land inside the PDF, headers and footers on every page,
 * and none of the site's navigation. Under CI=true a missing browser fails the run; elsewhere it is skipped loudly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium } from '../../scripts/browser.ts';
import { longDate } from '../../src/pipeline/dates.ts';

const skip = !hasChromium() && !process.env.CI;
if (skip) console.error(`\n${'!'.repeat(72)}\n!! No Chromium at ${CHROMIUM}: the PDF tests are SKIPPED. Under CI=true this fails.\n${'!'.repeat(72)}\n`);

const dossier = JSON.parse(readFileSync('dist/dossier.json', 'utf8'));
const squash = (s: string): string => s.replace(/\s+/g, '');
interface OutlineItem { title: string; dest: string | unknown[] | null; items: OutlineItem[] }

describe.skipIf(skip)('npm run pdf', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-pdf-'));
  const file = path.join(dir, 'dossier.pdf');
  let doc: PDFDocumentProxy;
  let log = '';
  const texts: string[] = [];
  const pageOf = async (dest: string | unknown[] | null): Promise<number> => {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    return (await doc.getPageIndex(explicit![0] as { num: number; gen: number })) + 1;
  };

  beforeAll(async () => {
    log = execFileSync(process.execPath, ['scripts/pdf.ts', '--out', file], { encoding: 'utf8' });
    doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      texts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
    }
  }, 180_000);
  afterAll(async () => {
    await doc?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports what it wrote, and the PDF is tagged for screen readers', async () => {
    expect(log).toMatch(new RegExp(`wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${doc.numPages} pages`));
    expect((await doc.getMarkInfo())?.Marked).toBe(true);
  });

  it('opens with a cover giving the title and the date range of the sources, then the contents', () => {
    const dates = dossier.articles.map((a: { date: string | null }) => a.date).filter(Boolean).sort();
    expect(texts[0]).toContain(dossier.title);
    expect(texts[0]).toContain(`Sources published ${longDate(dates[0])} – ${longDate(dates.at(-1))}`);
    expect(texts[0]).toContain(`${dossier.articles.length} sources · ${dossier.people.length} people`);
    expect(texts[1]).toMatch(/^Contents/);
  });

  it('has an outline of the parts with every page of the site under its part, each landing on its heading', async () => {
    const outline = (await doc.getOutline()) as OutlineItem[];
    expect(outline.map((o) => o.title)).toEqual(['Contents', 'Summary', 'People', 'Agreements', 'Outlets', 'Articles']);
    for (const [part, kind, key] of [['People', 'people', 'name'], ['Agreements', 'agreements', 'name'], ['Outlets', 'outlets', 'name'], ['Articles', 'articles', 'title']] as const) {
      const items = outline.find((o) => o.title === part)!.items;
      expect(items.map((i) => i.title).sort()).toEqual(dossier[kind].map((e: Record<string, string>) => e[key]!).sort());
      for (const item of items) expect(squash(texts[(await pageOf(item.dest)) - 1]!), item.title).toContain(squash(item.title));
    }
  });

  it('numbers the contents with the pages the sections start on', async () => {
    const outline = (await doc.getOutline()) as OutlineItem[];
    const contentsPages = (await pageOf(outline[1]!.dest)) - 2;
    const contents = squash(texts.slice(1, 1 + contentsPages).join(''));
    let entries = 0;
    let sourceNo = 0;
    for (const part of outline.slice(1)) {
      expect(contents).toContain(squash(`${part.title}${await pageOf(part.dest)}`));
      for (const item of part.items.filter(() => part.title !== 'Summary')) {
        const label = part.title === 'Articles' ? `S${++sourceNo}·${item.title}` : item.title;
        entries++;
        expect(contents, item.title).toContain(squash(`${label}${await pageOf(item.dest)}`));
      }
    }
    expect(entries).toBe(['articles', 'people', 'agreements', 'outlets'].reduce((n, k) => n + dossier[k].length, 0));
  });

  it('keeps every link: names and citations lead to their page or paragraph inside the PDF', async () => {
    let internal = 0;
    const external = new Set<string>();
    for (let p = 1; p <= doc.numPages; p++) {
      for (const a of await (await doc.getPage(p)).getAnnotations()) {
        if (a.subtype !== 'Link') continue;
        if (a.dest) {
          internal++;
          const target = await pageOf(a.dest);
          expect(target).toBeGreaterThanOrEqual(1);
          expect(target).toBeLessThanOrEqual(doc.numPages);
        } else external.add(a.url);
      }
    }
    // Every mention on an entity page and in an article links somewhere in the document.
    const mentions = ['people', 'agreements', 'outlets'].reduce((n, k) => n + dossier[k].length, 0);
    expect(internal).toBeGreaterThan(mentions * 10);
    for (const url of external) expect(url).toMatch(/^https:\/\/example\.org\//);
  });

  it('puts a header and a numbered footer on every page and leaves out the site navigation', () => {
    for (const [i, text] of texts.entries()) {
      expect(text).toContain(dossier.title);
      expect(text).toContain(`Page ${i + 1} of ${doc.numPages}`);
      for (const chrome of ['Skip to content', 'Search the dossier', 'Search names', 'Data: dossier.json']) expect(text).not.toContain(chrome);
    }
  });

  it('holds the text of every article', () => {
    const all = squash(texts.join(''));
    const body = readFileSync('dist/data/mentions.csv', 'utf8');
    for (const a of dossier.articles) expect(all).toContain(squash(a.title));
    // A sample of sentences the sources wrote, as the mentions table gives them.
    for (const line of body.split('\r\n').slice(1, 40)) {
      const snippet = line.match(/"([^"]{20,})"/)?.[1];
      if (snippet) expect(all).toContain(squash(snippet));
    }
  });

  it('leaves the articles out with --no-articles, their citations then leading to the web edition', async () => {
    const brief = path.join(dir, 'brief.pdf');
    execFileSync(process.execPath, ['scripts/pdf.ts', '--out', brief, '--no-articles', '--quiet']);
    const short = await getDocument({ data: new Uint8Array(readFileSync(brief)), verbosity: 0 }).promise;
    const outline = (await short.getOutline()) as OutlineItem[];
    expect(outline.map((o) => o.title)).toEqual(['Contents', 'Summary', 'People', 'Agreements', 'Outlets']);
    expect(short.numPages).toBeLessThan(doc.numPages);
    const urls = new Set<string>();
    for (let p = 1; p <= short.numPages; p++) for (const a of await (await short.getPage(p)).getAnnotations()) if (a.url) urls.add(a.url.split('#')[0]);
    for (const a of dossier.articles) expect(urls, a.id).toContain(`https://example.org${a.url}`);
    await short.destroy();
  }, 120_000);
});
