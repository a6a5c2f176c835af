/** write: MDX built as trees; every sentence of every seed reaches its article; output is deterministic. */
import { readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { splitSentences } from '../../src/pipeline/text.ts';
import { agreementSchema, articleSchema, outletSchema, personSchema } from '../../src/schema.ts';
import { ingestSeeds, SEEDS } from '../helpers.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** The text of each <Para> of an MDX article, as MDX reads it back. */
function paragraphs(mdx: string): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  visit(parser.parse(mdx), 'mdxJsxFlowElement', (node) => {
    if (node.name !== 'Para') return;
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    let text = '';
    visit(node, 'text', (t) => void (text += t.value));
    out.push({ id: String(id), text });
  });
  return out;
}

describe('write', () => {
  it('puts every sentence of every seed, verbatim, in its article MDX', async () => {
    const { files, dossier } = await ingestSeeds();
    for (const name of SEEDS) {
      const a = dossier.articles.find((x) => x.data.source === `seeds/${name}`)!;
      const back = paragraphs(files.get(`articles/${a.id}.mdx`)!).map((p) => p.text);
      const source = readFileSync(`seeds/${name}`, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
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
