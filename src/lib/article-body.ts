/**
 * An article's MDX body to HTML, in the one shape the ingest writes (src/pipeline/write.ts): a <Para> element
 * per paragraph of the source, holding text and <M> mentions. The body is parsed with the MDX grammar the
 * ingest serialised it with (remark-parse + remark-mdx), so every escape decodes exactly, then each node is
 * turned into HTML by the rules below; nothing in the body is ever run as code. Anything else (an import, an
 * {expression}, a component, Markdown markup) means the file was edited by hand or by another tool: that is
 * an error naming the file and line, not markup passed through.
 *
 * Most of a big dossier's loading time went to micromark's tokenizer, so a body in exactly the ingest's shape
 * is read by `fastBody` below: each paragraph is one `<Para …>` line, its text on one line, with character
 * escapes and references decoded by micromark's own `decodeString`. A paragraph holding anything that could be
 * Markdown or MDX syntax sends the whole body to the full parser, which decides; the tests check both readings
 * agree on the seeds, the hostile fixtures and random punctuation written by the ingest's serialiser.
 */
import { readFileSync } from 'node:fs';
import { decodeString } from 'micromark-util-decode-string';
import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { contentParts, REGENERATE } from '../pipeline/frontmatter.ts';
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

/** A mention in a paragraph's text. */
interface Mention {
  k: EntityKind;
  id: string;
  text: string;
}

/** Where a paragraph's HTML comes from, whichever way the body was read: its text as runs and mentions, in order. */
interface ParaParts {
  id: string;
  kind: string;
  n: string;
  line: string;
  text: (string | Mention)[][];
}

// The HTML is written as text, with the character references hast-util-to-html wrote when these pages were
// built as hast trees (`<` and `&` in text, `"` and `&` in attribute values, in hexadecimal), so the pages are
// byte for byte what they were: building the trees and serialising them was 0.3 s of a 1,000-article build.
const ref = (c: string): string => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
const esc = (s: string): string => s.replace(/[<&]/g, ref);
const attr = (s: string): string => s.replace(/["&]/g, ref);

const mentionHtml = ({ k, id, text }: Mention): string =>
  `<a class="mention entity-${k}" href="${attr(entityPage(k, id))}" data-preview="${attr(`${k}/${id}`)}">${esc(text)}</a>`;

function paraHtml({ id, kind, n, line, text }: ParaParts): string {
  // Boilerplate (captions, bios, time stamps, bylines) is shown, never hidden, but labelled as not the story.
  const label = kind === 'body' ? '' : `<span class="kind">${esc(kind.replace('-', ' '))}</span>`;
  const paragraphs = text.map((pieces) => `<p>${pieces.map((p) => (typeof p === 'string' ? esc(p) : mentionHtml(p))).join('')}</p>`).join('');
  const number = `<a class="pn" href="${attr(`#${id}`)}" title="${attr(`Paragraph ${n}, line ${line} of the source`)}" aria-label="${attr(`Paragraph ${n}`)}">${esc(`¶${n}`)}</a>`;
  return `<div class="para" id="${attr(id)}" data-kind="${attr(kind)}">${number}${label}${paragraphs}</div>`;
}

// One paragraph as the ingest prints it, and one mention inside its text.
const PARA = /^<Para id="([a-z0-9-]+)" kind="([a-z-]+)" n="(\d+)" line="(\d+)">\n {2}([^\n\r]+)\n<\/Para>$/;
const MENTION = /<M k="(person|agreement|outlet)" id="([a-z0-9-]+)">([^<\n\r]+)<\/M>/g;
// Characters that may begin Markdown or MDX syntax anywhere in a line (a lone `]`, `!`, `~` or `|` cannot
// without GFM, which is off), and NUL, which the parser replaces. Text with any of them unescaped (a
// backslash before one is an escape) goes to the full parser; so does a line that may open a block (a
// heading, quote, list, fence or rule).
const SYNTAX = /(?<!\\)[*_[`<>{}]|\0/;
const LINE_START = /^(?:[\s#>\-+=*~|`]|\d{1,9}[.)])/;

/** Text with no syntax in it; a backslash at its end would escape the `<` of the tag that follows it. */
function plain(piece: string): boolean {
  const bare = piece.replace(/\\\\/g, '');
  return !SYNTAX.test(bare) && !bare.endsWith('\\');
}

/** The paragraphs of a body in exactly the ingest's shape, or null when any part of it is not. */
export function fastBody(body: string): ParaParts[] | null {
  const out: ParaParts[] = [];
  for (const chunk of body.replace(/^\n+|\n+$/g, '').split('\n\n')) {
    const m = PARA.exec(chunk);
    if (!m) return null;
    const [, id, kind, n, line, raw] = m as unknown as [string, string, string, string, string, string];
    if (LINE_START.test(raw) || /\s$/.test(raw)) return null;
    const children: (string | Mention)[] = [];
    let at = 0;
    const text = (piece: string): boolean => {
      if (!plain(piece)) return false;
      if (piece) children.push(decodeString(piece));
      return true;
    };
    for (const mm of raw.matchAll(MENTION)) {
      const inner = mm[3]!;
      if (!text(raw.slice(at, mm.index)) || !plain(inner) || !/^\S(.*\S)?$/.test(inner)) return null;
      children.push({ k: mm[1] as EntityKind, id: mm[2]!, text: decodeString(inner) });
      at = mm.index + mm[0].length;
    }
    if (!text(raw.slice(at))) return null;
    out.push({ id, kind, n, line, text: [children] });
  }
  return out;
}

/** The HTML of one article body; `file` and `firstLine` (the body's first line in the file) locate errors. */
export function articleBodyHtml(body: string, file: string, firstLine = 1): string {
  const paras = fastBody(body) ?? parsedBody(body, file, firstLine);
  // One paragraph per line, as MDX printed them: the page source stays readable.
  return paras.map(paraHtml).join('\n');
}

/**
 * The HTML of the article in `file` (a path from the project's root, where the build runs, as the content
 * loader records it). Read when its page is built rather than kept in Astro's data store: the bodies of
 * 1,000 articles were 9.8 MB of the store's 16 MB, and storing them (serialised, written, then bundled into
 * the build) cost more than a second reading of the file.
 */
export function articleFileHtml(file: string): string {
  const { body, bodyLine } = contentParts(readFileSync(file, 'utf8'), file);
  return articleBodyHtml(body, file, bodyLine);
}

// What a node the ingest never writes is, in the words of someone who edited the file.
const NAMES: Record<string, string> = {
  mdxTextExpression: 'an {expression}', mdxFlowExpression: 'an {expression}', mdxjsEsm: 'an import or export',
  emphasis: 'Markdown emphasis (*…* or _…_)', strong: 'Markdown bold (**…**)', link: 'a Markdown link', image: 'a Markdown image',
  inlineCode: 'Markdown code (`…`)', code: 'a code block', heading: 'a Markdown heading', list: 'a Markdown list',
  blockquote: 'a Markdown quote', thematicBreak: 'a Markdown rule', break: 'a hard line break',
};
const what = (node: RootContent | PhrasingContent): string =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? `an element <${node.name ?? ''}>` : (NAMES[node.type] ?? `a ${node.type}`);

/** The paragraphs of any body, read by the full MDX parser; an error for anything the ingest does not write. */
export function parsedBody(body: string, file: string, firstLine = 1): ParaParts[] {
  const failAt = (node: { position?: { start: { line: number } } }) => (why: string): never => {
    const line = node.position ? node.position.start.line + firstLine - 1 : firstLine;
    throw new BodyError(`${file}:${line}: ${why}. The ingest writes only <Para> paragraphs with text and <M> mentions; run \`npm run ingest\` to regenerate content/.`);
  };
  const mention = (node: MdxJsxTextElement): Mention => {
    const fail = failAt(node);
    const { k, id } = attrs(node, fail);
    if (!entityKind.safeParse(k).success || !id) fail(`<M> needs k (one of ${entityKind.options.join(', ')}) and id`);
    return { k: k as EntityKind, id: id!, text: node.children.map(mentionText).join('') };
  };
  const mentionText = (node: PhrasingContent | RootContent): string => {
    if (node.type === 'text') return node.value;
    return failAt(node)(`${what(node)} inside a mention`);
  };
  const phrasing = (node: PhrasingContent): string | Mention => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'M') return mention(node);
    if (node.type === 'text') return node.value;
    return failAt(node)(`${what(node)} in a paragraph`);
  };
  const para = (node: RootContent): ParaParts => {
    const fail = failAt(node);
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Para') fail(`${node.type === 'paragraph' ? (node.children[0]?.type === 'mdxJsxTextElement' ? what(node.children[0]) : 'text outside any <Para>') : what(node)} between paragraphs`);
    const el = node as MdxJsxFlowElement;
    const { id, kind, n, line } = attrs(el, fail);
    if (!id || !kind || !n || !line) fail('<Para> needs id, kind, n and line');
    // A paragraph that is one mention alone may parse as a block-level <M>: it is the same paragraph.
    const text = el.children.map((c) =>
      c.type === 'paragraph' ? c.children.map(phrasing)
      : c.type === 'mdxJsxFlowElement' && c.name === 'M' ? [mention(c as unknown as MdxJsxTextElement)]
      : failAt(c)(`${what(c)} in a paragraph`),
    );
    return { id: id!, kind: kind!, n: n!, line: line!, text };
  };

  let tree;
  try {
    tree = parser.parse(body);
  } catch (e) {
    const place = (e as { line?: number }).line;
    throw new BodyError(`${file}:${(place ?? 1) + firstLine - 1}: the article body is not valid MDX (${(e as Error).message}). ${REGENERATE}`);
  }
  return tree.children.map(para);
}
