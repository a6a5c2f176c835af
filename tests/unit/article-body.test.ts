/**
 * The article body renderer (src/lib/article-body.ts): what the ingest writes comes back as exactly the
 * source's text, hostile text included, with mentions linked; a body edited into anything else is refused
 * with the file and line, never passed through as markup.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { articleBodyHtml, fastBody, parsedBody } from '../../src/lib/article-body.ts';
import { articleMdx } from '../../src/pipeline/write.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { splitFrontmatter } from '../../src/pipeline/frontmatter.ts';
import { ingestSeeds } from '../helpers.ts';

const body = (mdx: string) => splitFrontmatter(mdx)!;

describe('article body to HTML', () => {
  it.each([
    ['the seeds', () => ingestSeeds()],
    ['the hostile fixture', () => ingest({ seeds: 'tests/fixtures/hostile', cache: null })],
  ])('gives back every paragraph of %s verbatim, mentions linked', async (_, run) => {
    const { files, dossier } = await run();
    let mentions = 0;
    for (const a of dossier.articles) {
      const { body: text, bodyLine } = body(files.get(`articles/${a.id}.mdx`)!);
      const page = fromHtml(articleBodyHtml(text, a.id, bodyLine), { fragment: true });
      expect(selectAll('script, style, iframe, img', page)).toEqual([]);
      const paras = selectAll('div.para', page);
      expect(paras.map((p) => p.properties.id)).toEqual(a.article.blocks.map((b) => b.id));
      for (const [i, p] of paras.entries()) {
        const block = a.article.blocks[i]!;
        expect(toString(selectAll('p', p)[0]!)).toBe(block.text);
        expect(toString(selectAll('a.pn', p)[0]!)).toBe(`¶${block.n}`);
        for (const link of selectAll('a.mention', p)) {
          mentions++;
          expect(String(link.properties.href)).toMatch(/^\/(people|agreements|outlets)\/[a-z0-9-]+\/$/);
          expect(block.text).toContain(toString(link));
        }
      }
    }
    expect(mentions).toBeGreaterThan(0);
  });

  it('reads the ingest\'s own shape without the full parser, and reads it the same', async () => {
    const articles = (files: Map<string, string>) => [...files].filter(([file]) => file.startsWith('articles/')).map(([, mdx]) => body(mdx).body);
    const seeds = await ingestSeeds();
    const bodies = articles(seeds.files);
    const real = bodies.length;
    bodies.push(...articles((await ingest({ seeds: 'tests/fixtures/hostile', cache: null })).files));
    // Random paragraphs heavy in punctuation, written by the ingest's own serialiser (escapes and all).
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'aaaaeeeoo  tnsrl.,;:\'"-–*_[]()`<>{}!~|\\&#;x3C+=/%$^@?0123456789\t';
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let i = 0; i < 1000; i++) {
      const blocks = Array.from({ length: 1 + (i % 2) }, (_, j) => ({ id: `p-${i}-${j}`, kind: 'body', n: j + 1, line: j + 1, text: `${pick(1 + Math.floor(random() * 40))}Name${pick(Math.floor(random() * 40))}`.trim() || 'x' }));
      const mentions = blocks.flatMap((b) => {
        const at = b.text.indexOf('Name');
        return at < 0 ? [] : [{ kind: 'person', entity: 'a-name', paragraph: b.id, start: at, end: at + 4 }];
      });
      const like = seeds.dossier.articles[0]!;
      bodies.push(body(articleMdx({ ...like, data: { ...like.data, mentions }, article: { ...like.article, blocks } } as Parameters<typeof articleMdx>[0])).body);
    }
    // Hand-made edges: a backslash before a tag escapes its `<` (the parser reads text, or fails), an escaped
    // backslash does not, and a character reference decodes.
    const para = (text: string) => `\n<Para id="p-1" kind="body" n="1" line="1">\n  ${text}\n</Para>\n`;
    expect(fastBody(para('a\\<M k="person" id="x">X</M> b'))).toBeNull();
    expect(fastBody(para('a <M k="person" id="x">X\\</M> b'))).toBeNull();
    bodies.push(para('a\\\\<M k="person" id="x">X</M> b &#x3C;c&#x3E; \\* d'), para('<M k="outlet" id="y">Y</M>'));
    const read = bodies.map((text) => ({ text, quick: fastBody(text) }));
    for (const { text, quick } of read) if (quick) expect(JSON.stringify(quick), text).toBe(JSON.stringify(parsedBody(text, 'x.mdx')));
    // Every seed takes the quick way; of the hostile and random ones, those whose text the serialiser left
    // ambiguous (an intraword "_", a "&" that spells a reference) go to the parser.
    expect(read.slice(0, real).every((r) => r.quick)).toBe(true);
    const quick = read.slice(real).filter((r) => r.quick).length;
    expect(quick).toBeGreaterThan(200);
    expect(quick).toBeLessThan(read.length - real);
  });

  it.each([
    ['an expression', '{globalThis.process.exit(1)}', 3, 'an {expression}'],
    ['an import', 'import x from "y"', 3, 'an import or export'],
    ['a script element', '<script>alert(1)</script>', 3, 'an element <script>'],
    ['a component other than Para', '<Chart data="x" />', 3, 'an element <Chart>'],
    ['Markdown emphasis in a paragraph', '<Para id="p-1" kind="body" n="1" line="1">\n  Some *emphasis* here\n</Para>', 4, 'Markdown emphasis'],
    ['an attribute expression', '<Para id={x} kind="body" n="1" line="1">\n  Text\n</Para>', 3, 'not plain text'],
    ['a mention of an unknown kind', '<Para id="p-1" kind="body" n="1" line="1">\n  A <M k="place" id="x">place</M>.\n</Para>', 4, 'k (one of person, agreement, outlet)'],
  ])('refuses %s, naming the file, the line and what it found', (_, text, line, found) => {
    expect(() => articleBodyHtml(`\n${text}\n`, 'content/articles/x.mdx', 2)).toThrow(new RegExp(`^content/articles/x\\.mdx:${line}: .*npm run ingest`));
    expect(() => articleBodyHtml(`\n${text}\n`, 'content/articles/x.mdx', 2)).toThrow(found);
  });
});
