/**
 * An article's MDX body to HTML, in the one shape the ingest writes (src/pipeline/write.ts): a <Para> element
 * per paragraph of the source, holding text and <M> mentions. The body is parsed with the MDX grammar the
 * ingest serialised it with (remark-parse + remark-mdx), so every escape decodes exactly, then each node is
 * turned into HTML by the rules below; nothing in the body is ever run as code. Anything else (an import, an
 * {expression}, a component, Markdown markup) means the file was edited by hand or by another tool: that is
 * an error naming the file and line, not markup passed through.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { entityKind, type EntityKind } from '../schema.ts';
import { entityPage } from './urls.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

/** Where a body fails: the file, the line in that file (the body starts after `firstLine - 1` lines), the fix. */
export class BodyError extends Error {}

function attrs(node: MdxJsxFlowElement | MdxJsxTextElement, fail: (why: string) => never): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string') fail(`<${node.name}> has an attribute that is not plain text`);
    out[a.name] = a.value;
  }
  return out;
}

/** The HTML of one article body; `file` and `firstLine` (the body's first line in the file) locate errors. */
export function articleBodyHtml(body: string, file: string, firstLine = 1): string {
  const failAt = (node: { position?: { start: { line: number } } }) => (why: string): never => {
    const line = node.position ? node.position.start.line + firstLine - 1 : firstLine;
    throw new BodyError(`${file}:${line}: ${why}. The ingest writes only <Para> paragraphs with text and <M> mentions; run \`npm run ingest\` to regenerate content/.`);
  };

  const mention = (node: MdxJsxTextElement): Element => {
    const fail = failAt(node);
    const { k, id } = attrs(node, fail);
    if (!entityKind.safeParse(k).success || !id) fail(`<M> needs k (one of ${entityKind.options.join(', ')}) and id`);
    return h('a', { className: ['mention', `entity-${k}`], href: entityPage(k as EntityKind, id!), dataPreview: `${k}/${id}` }, node.children.map((c) => plain(c)));
  };
  const plain = (node: PhrasingContent | RootContent): ElementContent => {
    if (node.type === 'text') return { type: 'text', value: node.value };
    return failAt(node)(`unexpected ${node.type === 'mdxJsxTextElement' ? `<${node.name}> inside a mention` : node.type} in a mention`);
  };
  const phrasing = (node: PhrasingContent): ElementContent => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'M') return mention(node);
    if (node.type === 'text') return { type: 'text', value: node.value };
    return failAt(node)(`unexpected ${node.type === 'mdxJsxTextElement' ? `<${node.name}>` : node.type} in a paragraph`);
  };
  const para = (node: RootContent): Element => {
    const fail = failAt(node);
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Para') fail(`unexpected ${node.type === 'mdxJsxFlowElement' ? `<${node.name}>` : node.type} between paragraphs`);
    const el = node as MdxJsxFlowElement;
    const { id, kind, n, line } = attrs(el, fail);
    if (!id || !kind || !n || !line) fail('<Para> needs id, kind, n and line');
    // Boilerplate (captions, bios, time stamps, bylines) is shown, never hidden, but labelled as not the story.
    const label = kind === 'body' ? [] : [h('span', { className: ['kind'] }, kind!.replace('-', ' '))];
    // A paragraph that is one mention alone may parse as a block-level <M>: it is the same paragraph.
    const text = el.children.map((c) =>
      c.type === 'paragraph' ? h('p', c.children.map(phrasing))
      : c.type === 'mdxJsxFlowElement' && c.name === 'M' ? h('p', [mention(c as unknown as MdxJsxTextElement)])
      : failAt(c)(`unexpected ${c.type} in a paragraph`),
    );
    return h('div', { className: ['para'], id, dataKind: kind }, [
      h('a', { className: ['pn'], href: `#${id}`, title: `Paragraph ${n}, line ${line} of the source`, ariaLabel: `Paragraph ${n}` }, `¶${n}`),
      ...label,
      ...text,
    ]);
  };

  let tree;
  try {
    tree = parser.parse(body);
  } catch (e) {
    const place = (e as { line?: number }).line;
    throw new BodyError(`${file}:${(place ?? 1) + firstLine - 1}: the article body is not valid MDX (${(e as Error).message}). Run \`npm run ingest\` to regenerate content/.`);
  }
  // One paragraph per line, as MDX printed them: the page source stays readable.
  return toHtml({ type: 'root', children: tree.children.flatMap((node, i) => (i ? [{ type: 'text', value: '\n' } as const, para(node)] : [para(node)])) });
}
