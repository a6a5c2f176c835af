/** write: every sentence of every seed reaches its article; any text reads back from the MDX as that text; output is deterministic. */
import { readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frontmatterJson, parseFrontmatter, splitFrontmatter } from '../../src/pipeline/frontmatter.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { articleMdx, entityMdx } from '../../src/pipeline/write.ts';
import { splitSentences } from '../../src/pipeline/text.ts';
import { agreementSchema, articleSchema, outletSchema, personSchema } from '../../src/schema.ts';
import { ingestSeeds, SEEDS } from '../helpers.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** The text of each <Para> of an MDX article as MDX reads it back, with the text of its <M> mentions; it fails on anything else in the body. */
function paragraphs(mdx: string): { id: string; text: string; mentions: string[] }[] {
  const out: { id: string; text: string; mentions: string[] }[] = [];
  const tree = parser.parse(mdx);
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Para') throw new Error(`not a <Para>: ${node.type}`);
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    let text = '';
    const mentions: string[] = [];
    visit(node, (n) => {
      if (n.type === 'text') text += n.value;
      else if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') {
        if (n.name === 'M') mentions.push(n.children.map((c) => ('value' in c ? c.value : '')).join(''));
        else if (n.name !== 'Para') throw new Error(`an element <${n.name}>`);
      } else if (!['paragraph', 'root'].includes(n.type)) throw new Error(`${n.type} in a paragraph`);
    });
    out.push({ id: String(id), text, mentions });
  }
  return out;
}

// Text that is syntax somewhere in Markdown or MDX, at a line's start, middle or end.
const HOSTILE = ['import fs from "fs"', 'export const a = 1', '<script>alert(1)</script>', '{1+1}', '}', '# h', '> q', '- l', '+ l', '* l', '1. x', '1986) x', '    code', '```', '~~~', '***', '---', '===', '___', '&amp;', '&#123;', '&#x3C;', '&copy', '\\', '\\*', '<!-- c -->', '<http://x.org>', '[a](b)', '![i](s)', '[r]: /u', '*e*', '_e_', '__b__', '`c`', 'a  ', '\t', '  ', '\n', '\r\n', '|a|b|', '~~s~~', 'x:y', '<M k="person" id="x">', '</Para>', 'a_b_c', '2*3*4', '\u00a0', 'é', '"', "'"];

describe('write: escaping', () => {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const phrase = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => (random() < 0.6 ? pick(HOSTILE) : pick(['word', ' ', 'Name', '.', ', ']))).join(random() < 0.5 ? '' : ' ');

  it('reads back any paragraph text and mention exactly as it was, with nothing else in the body', async () => {
    const { dossier } = await ingestSeeds();
    const like = dossier.articles[0]!;
    for (let i = 0; i < 400; i++) {
      // As the parser makes them: a paragraph is a line of the source, trimmed and not empty.
      const blocks = Array.from({ length: 3 }, (_, j) => ({ id: `p-${i}-${j}`, kind: 'body' as const, n: j + 1, line: j + 1, text: phrase().trim() || 'x', sentences: [] }));
      // Mentions at the start, middle and end of a paragraph, over any text but, like a name, not over a space at either end.
      const mentions = blocks.flatMap((b) => {
        const cut = Math.floor(random() * b.text.length);
        let [start, end] = random() < 0.3 ? [0, cut] : random() < 0.5 ? [cut, b.text.length] : [0, b.text.length];
        while (start < end && /\s/.test(b.text[start]!)) start++;
        while (end > start && /\s/.test(b.text[end - 1]!)) end--;
        return end > start ? [{ kind: 'person' as const, entity: 'a-name', paragraph: b.id, start, end, text: b.text.slice(start, end) }] : [];
      });
      const mdx = articleMdx({ ...like, data: { ...like.data, mentions }, article: { ...like.article, blocks } } as Parameters<typeof articleMdx>[0]);
      const back = paragraphs(mdx);
      expect(back.map((p) => p.text), mdx).toEqual(blocks.map((b) => b.text));
      expect(back.map((p) => p.mentions), mdx).toEqual(blocks.map((b) => mentions.filter((m) => m.paragraph === b.id).map((m) => m.text)));
    }
  });

  it('reads back an entity description as the one paragraph of the body', async () => {
    const { dossier } = await ingestSeeds();
    const person = dossier.people[0]!;
    for (let i = 0; i < 400; i++) {
      const description = phrase().trim() || 'x';
      const tree = parser.parse(entityMdx({ id: person.id, data: { ...person.data, description } }));
      const body = tree.children.filter((n) => n.type !== 'yaml');
      expect(body.map((n) => n.type), description).toEqual(['paragraph']);
      let text = '';
      visit(body[0]!, (n) => {
        if (n.type === 'text') text += n.value;
        else expect(['paragraph'], description).toContain(n.type);
      });
      expect(text).toBe(description);
    }
  });
});

describe('write', () => {
  it('puts every sentence of every seed, verbatim, in its article MDX', async () => {
    const { files, dossier } = await ingestSeeds();
    for (const name of SEEDS) {
      const a = dossier.articles.find((x) => x.data.source === `seeds/${name}`)!;
      const back = paragraphs(files.get(`articles/${a.id}.mdx`)!).map((p) => p.text);
      // As read (read.ts): no-break and other fixed-width spaces are plain spaces, soft hyphens dropped.
      const read = readFileSync(`seeds/${name}`, 'utf8').replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ').replace(/\u00ad/g, '');
      const source = read.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(back).toEqual(source);
      for (const line of source) for (const s of splitSentences(line)) expect(back.join('\n')).toContain(s.text);
    }
  });

  it('writes frontmatter the schemas accept', async () => {
    const { files } = await ingestSeeds();
    const schemas = { articles: articleSchema, people: personSchema, agreements: agreementSchema, outlets: outletSchema };
    for (const [file, text] of files) {
      const kind = file.split('/')[0] as keyof typeof schemas;
      if (!(kind in schemas)) continue;
      const fm = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
      expect(() => schemas[kind].parse(parseYaml(fm)), file).not.toThrow();
    }
  });

  it('writes frontmatter as JSON that YAML readers read the same, one list item per line', async () => {
    const { files } = await ingestSeeds();
    const hostile = { name: 'a\n---\nb: "c"', list: ['</script>', "it's", '\u2028', { deep: [1, null, true] }], empty: [], none: null, n: -0.5 };
    const texts = [...[...files].filter(([f]) => f.endsWith('.mdx')).map(([, t]) => t), `---\n${frontmatterJson(hostile)}\n---\n`];
    for (const text of texts) {
      const block = splitFrontmatter(text)!.yaml;
      expect(parseFrontmatter(block, 'x')).toEqual(parseYaml(block));
      for (const line of block.split('\n')) expect(line).toMatch(/^(?:[{}]|  "[^"]+": .+|    .+|  \],?)$/s);
    }
    expect(parseFrontmatter(splitFrontmatter(texts.at(-1)!)!.yaml, 'x')).toEqual(hostile);
    expect(() => parseFrontmatter('{\n  "a": 1,\n}', 'x')).toThrow(/^not valid JSON/);
    expect(parseFrontmatter('a: 1\nb: [x]', 'x')).toEqual({ a: 1, b: ['x'] });
  });

  it('links mentions to entity pages with stable paragraph anchors', async () => {
    const { dossier } = await ingestSeeds();
    const ids = new Set(dossier.people.map((p) => p.id));
    for (const a of dossier.articles) {
      const anchors = new Set(a.data.paragraphs.map((p) => p.id));
      for (const m of a.data.mentions) {
        expect(anchors.has(m.paragraph)).toBe(true);
        if (m.kind === 'person') expect(ids.has(m.entity)).toBe(true);
      }
    }
  });

  it('is deterministic and matches the committed content/', async () => {
    const again = await ingest({ seeds: 'seeds', cache: null });
    const first = await ingestSeeds();
    expect([...again.files]).toEqual([...first.files]);
    for (const [file, text] of first.files) expect(readFileSync(`content/${file}`, 'utf8'), file).toBe(text);
  });
});
