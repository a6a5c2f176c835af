/**
 * npm run pdf [-- --site dist --out dist/dossier.pdf]: the whole dossier as one PDF, printed by Chromium from
 * the built site: a cover, contents with page numbers, the summary, people, agreements, outlets and articles,
 * links that work inside the PDF, an outline (bookmarks), and page headers and footers.
 *
 * Chromium cannot number a table of contents itself, so the document is printed twice: the first print says
 * on which page each section starts (read back from the PDF's named destinations with pdf.js), the second
 * prints those numbers. A third print happens only if filling in the numbers moved a section. Then the
 * outline's titles are mended (src/pdf/outline.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { assemble, esc, PARTS } from '../src/pdf/assemble.ts';
import { mendOutline } from '../src/pdf/outline.ts';
import { CHROMIUM, hasChromium, launch } from './browser.ts';
import { readOptions } from './cli.ts';

const HELP = `Usage: npm run pdf [-- options]

Prints the built site (run \`npm run build\` first) as one PDF.

Options:
  --site <dir>   the built site (default: $DOSSIER_OUT or dist)
  --out <file>   where to write the PDF (default: <site>/dossier.pdf)
  --no-articles  print the summary, people, agreements and outlets only; citations link to the web edition
                 (for a large dossier: Chromium's print time grows faster than the page count)
  --no-tags      leave out the tags for screen readers, and with them the bookmarks, which Chromium draws
                 from the tags (a print with tags takes about three times as long)
  --quiet        print only errors
  --help         show this help`;

const { values } = readOptions(
  {
    options: {
      site: { type: 'string' },
      out: { type: 'string' },
      tags: { type: 'boolean', default: true },
      articles: { type: 'boolean', default: true },
      quiet: { type: 'boolean', default: false },
    },
    allowNegative: true,
  },
  HELP,
);
const fail = (message: string): never => {
  console.error(`error: ${message}`);
  process.exit(1);
};
const say = (message: string): void => {
  if (!values.quiet) console.log(message);
};

const site = values.site ?? process.env.DOSSIER_OUT ?? 'dist';
const out = values.out ?? path.join(site, 'dossier.pdf');
for (const file of ['index.html', 'dossier.json']) {
  if (!existsSync(path.join(site, file))) fail(`${path.join(site, file)} not found: build the site first (npm run build), or give --site <folder>.`);
}
if (!hasChromium()) fail(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);

const started = performance.now();
// The print edition's stylesheet; assemble() inlines the site's own (with its print rules) before it.
const css = readFileSync(new URL('../src/pdf/pdf.css', import.meta.url), 'utf8');
const doc = assemble(site, css, values.articles ? undefined : PARTS.map((p) => p.kind).filter((k) => k !== 'articles'));
say(`pdf: ${doc.sections.length} pages of ${site}/ gathered`);
const articles = doc.sections.filter((s) => s.part === 'articles').length;
if (articles > 300) {
  say(`pdf: note: ${articles} articles make a PDF of thousands of pages, and Chromium's print time grows faster than the page count (100 articles take about a minute, 1,000 over ten). --no-articles prints the rest and links the articles to the web edition.`);
}

const band = (left: string, right: string): string =>
  `<div style="width:100%;margin:0 16mm;display:flex;justify-content:space-between;gap:8mm;font:7.5pt system-ui,sans-serif;color:#5b5f66"><span>${left}</span><span>${right}</span></div>`;
const options = {
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: band(esc(doc.title), 'Briefing dossier'),
  footerTemplate: band(doc.range ? `Sources published ${esc(doc.range)}` : '', 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'),
  margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
  timeout: 0,
} as const;
const targets = [...doc.sections.map((s) => s.id), ...PARTS.map((p) => `part-${p.kind}`)];

/** The page (1-based) each target id starts on, from the PDF's named destinations. */
async function pagesOf(pdf: Uint8Array): Promise<{ pages: Map<string, number>; count: number }> {
  const reader = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const pages = new Map<string, number>();
  for (const id of targets) {
    const dest = await reader.getDestination(id);
    if (dest?.[0] && typeof dest[0] === 'object') pages.set(id, (await reader.getPageIndex(dest[0])) + 1);
  }
  const count = reader.numPages;
  await reader.destroy();
  return { pages, count };
}
const same = (a: Map<string, number>, b: Map<string, number>): boolean => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

const browser = await launch();
try {
  // The print document is static: no script runs in it and it fetches nothing (its stylesheet is inlined).
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.route('**/*', (route) => route.abort());
  let numbers: Map<string, number> | undefined;
  let pdf: Uint8Array = new Uint8Array();
  let count = 0;
  for (let pass = 1; pass <= 3; pass++) {
    await page.setContent(doc.html(numbers), { waitUntil: 'load', timeout: 0 });
    // The first print only measures where sections start: the outline and the tags (which triple the time
    // of a print) change no layout, so only the prints that may be kept carry them.
    const final = numbers !== undefined;
    say(`pdf: print ${pass} (${final ? 'with page numbers' : 'to find the page numbers'})…`);
    pdf = new Uint8Array(await page.pdf({ ...options, outline: final, tagged: final && values.tags }));
    const found = await pagesOf(pdf);
    count = found.count;
    say(`pdf: print ${pass}: ${count} pages, ${((performance.now() - started) / 1000).toFixed(0)} s so far`);
    if (numbers && same(numbers, found.pages)) break;
    if (pass === 3) fail('the page numbers of the contents did not settle after three prints; please report this dossier.');
    numbers = found.pages;
  }
  const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (all) => all.map((h) => h.textContent ?? ''));
  ({ pdf } = await mendOutline(pdf, headings));
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, pdf);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`wrote ${out}: ${count} pages, ${(pdf.length / 1024 / 1024).toFixed(1)} MB, in ${seconds} s`);
} finally {
  await browser.close();
}
