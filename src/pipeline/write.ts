/**
 * write: the dossier to MDX files, built as syntax trees and serialised by mdast-util-to-markdown with the MDX extensions,
 * never by string concatenation, so no source text can become markup: `{`, `<`, `#` and the rest are
 * escaped by the serialiser. Each paragraph is a <Para> element with its anchor; each mention an <M>.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { dump } from 'js-yaml';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { agreementSchema, articleSchema, dossierMetaSchema, outletSchema, personSchema, summarySchema, type Summary } from '../schema.ts';
import { groupBy } from './group.ts';
import type { Dossier, Entity } from './resolve/index.ts';
import type { WriteMemo } from './write-memo.ts';

// The serialiser remark-stringify runs, with the MDX and frontmatter extensions remark-mdx and
// remark-frontmatter give it, taken directly: the parsers those plugins also load (micromark, acorn) were a
// tenth of a second of every ingest's start-up, for nothing the writer uses.
const options: Options = { extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml'])], bullet: '-', emphasis: '_', fences: true };

const attr = (name: string, value: string | number): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value: String(value) });

function serialise(frontmatter: unknown, body: RootContent[]): string {
  const tree: Root = {
    type: 'root',
    // js-yaml, a third of the time of the yaml package's stringify (the largest cost of a cold ingest); it
    // quotes the strings a YAML 1.1 reader would take for booleans or dates ('n', 'yes', '2024-06-19').
    children: [{ type: 'yaml', value: dump(frontmatter, { lineWidth: -1, noRefs: true }).trimEnd() }, ...body],
  };
  return toMarkdown(tree, options);
}

/** One article: frontmatter, then every paragraph of the source, in order, with its mentions marked. */
export function articleMdx({ data, article }: Dossier['articles'][number]): string {
  const byBlock = groupBy(data.mentions, (m) => m.paragraph);
  const body: MdxJsxFlowElement[] = article.blocks.map((block) => {
    const marks = byBlock.get(block.id) ?? [];
    const children: PhrasingContent[] = [];
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue; // overlapping mentions: the first wins
      if (m.start > at) children.push({ type: 'text', value: block.text.slice(at, m.start) });
      const mark: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'M',
        attributes: [attr('k', m.kind), attr('id', m.entity)],
        children: [{ type: 'text', value: block.text.slice(m.start, m.end) }],
      };
      children.push(mark);
      at = m.end;
    }
    if (at < block.text.length) children.push({ type: 'text', value: block.text.slice(at) });
    return {
      type: 'mdxJsxFlowElement',
      name: 'Para',
      attributes: [attr('id', block.id), attr('kind', block.kind), attr('n', block.n), attr('line', block.line)],
      children: [{ type: 'paragraph', children }],
    };
  });
  // Validated here with the schema the site reads it with, so a bad record fails the ingest, not the build.
  return serialise(articleSchema.parse(data), body);
}

/** One person, agreement or outlet: all it is lives in the frontmatter; the body holds the editors' description. */
export function entityMdx(entity: Entity<{ description: string | null }>): string {
  const body: RootContent[] = entity.data.description ? [{ type: 'paragraph', children: [{ type: 'text', value: entity.data.description }] }] : [];
  return serialise(entity.data, body);
}

/**
 * Every file the dossier is made of, by path relative to the content folder. With a memo, a file whose
 * inputs are unchanged since the last ingest is taken from disk instead of being serialised again.
 */
export function contentFiles(dossier: Dossier, summary: Summary, memo?: WriteMemo): Map<string, string> {
  const files = new Map<string, string>();
  const put = (path: string, inputs: unknown, make: () => string): void => void files.set(path, memo ? memo.text(path, inputs, make) : make());
  // Validated here with the schemas the site reads them with, so a bad record fails the ingest, not the build.
  for (const a of dossier.articles) {
    put(`articles/${a.id}.mdx`, [a.data, a.article.blocks.map((b) => [b.id, b.kind, b.n, b.line, b.text])], () => articleMdx(a));
  }
  for (const p of dossier.people) put(`people/${p.id}.mdx`, p.data, () => entityMdx({ id: p.id, data: personSchema.parse(p.data) }));
  for (const a of dossier.agreements) put(`agreements/${a.id}.mdx`, a.data, () => entityMdx({ id: a.id, data: agreementSchema.parse(a.data) }));
  for (const o of dossier.outlets) put(`outlets/${o.id}.mdx`, o.data, () => entityMdx({ id: o.id, data: outletSchema.parse(o.data) }));
  files.set('dossier.json', `${JSON.stringify(dossierMetaSchema.parse(dossier.meta), null, 2)}\n`);
  files.set('summary.json', `${JSON.stringify(summarySchema.parse(summary), null, 2)}\n`);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
