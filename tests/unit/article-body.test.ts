/**
 * The article body renderer (src/lib/article-body.ts): what the ingest writes comes back as exactly the
 * source's text, hostile text included, with mentions linked; a body edited into anything else is refused
 * with the file and line, never passed through as markup.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { articleBodyHtml } from '../../src/lib/article-body.ts';
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

  it.each([
    ['an expression', '{globalThis.process.exit(1)}', 3],
    ['an import', 'import x from "y"', 3],
    ['a script element', '<script>alert(1)</script>', 3],
    ['a component other than Para', '<Chart data="x" />', 3],
    ['Markdown emphasis in a paragraph', '<Para id="p-1" kind="body" n="1" line="1">\n  Some *emphasis* here\n</Para>', 4],
    ['an attribute expression', '<Para id={x} kind="body" n="1" line="1">\n  Text\n</Para>', 3],
    ['a mention of an unknown kind', '<Para id="p-1" kind="body" n="1" line="1">\n  A <M k="place" id="x">place</M>.\n</Para>', 4],
  ])('refuses %s, naming the file and line', (_, text, line) => {
    expect(() => articleBodyHtml(`\n${text}\n`, 'content/articles/x.mdx', 2)).toThrow(new RegExp(`^content/articles/x\\.mdx:${line}: .*npm run ingest`));
  });
});
