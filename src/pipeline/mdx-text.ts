/**
 * Text for an MDX file, escaped so that MDX reads back exactly that text and nothing else: no emphasis, link,
 * element, {expression}, character reference or block (heading, list, quote, code) can come out of it.
 *
 * Written here rather than by mdast-util-to-markdown: its context-aware escaping (it tracks every position to
 * escape only where a character would be syntax) was 0.7 s of a cold ingest of 1,000 articles, half the time
 * spent writing them, for text that is only ever one line of one paragraph. This escapes more than it must
 * (every character that can open syntax, wherever it stands) and is checked against the MDX parser by
 * tests/unit/write.test.ts on random punctuation-heavy text.
 */

// Anywhere in a line: what opens code, emphasis, links, elements, expressions and autolinks, the backslash
// itself, and a `&` that would spell a character reference. CommonMark lets any ASCII punctuation be escaped.
const INLINE = /[\\`*_[<{}]|&(?=#?[a-z0-9]+;)/gi;
// At the start of a line: what opens a heading, quote, list, fence, rule or setext underline. (`*`, `_` and
// the backquote are escaped everywhere already.)
const LINE_START = /^(?:[#>+=~-]|\d{1,9}(?=[.)]))/;
// At the start of a line outside any element, MDX reads `import` and `export` as JavaScript.
const ESM = /^(?=(?:import|export)\b)/;
// Line endings would end the paragraph; leading and trailing spaces and tabs would be dropped.
const REFERENCE: Record<string, string> = { '\n': '&#xA;', '\r': '&#xD;', ' ': '&#x20;', '\t': '&#x9;' };

const encode = (spaces: string): string => [...spaces].map((c) => REFERENCE[c]).join('');

/** `text` escaped; `start` and `end` say whether it begins and ends a line of the file. */
export function mdxText(text: string, { start = false, end = false }: { start?: boolean; end?: boolean } = {}): string {
  let out = text.replace(INLINE, '\\$&').replace(/[\n\r]/g, (c) => REFERENCE[c]!);
  if (start) {
    out = out.replace(/^[ \t]+/, encode);
    const m = LINE_START.exec(out);
    // "1986. It was": the list marker is the `.` or `)` after the digits.
    if (m) out = /\d/.test(m[0]) ? `${m[0]}\\${out.slice(m[0].length)}` : `\\${out}`;
    // A letter cannot be escaped with a backslash; its character reference reads back as the letter.
    if (ESM.test(out)) out = `&#x${out.charCodeAt(0).toString(16)};${out.slice(1)}`;
  }
  if (end) {
    // (found from the end: /[ \t]+$/ read a long run of spaces inside the text again from each of its characters)
    let k = out.length;
    while (k > 0 && (out[k - 1] === ' ' || out[k - 1] === '\t')) k--;
    if (k < out.length) out = out.slice(0, k) + encode(out.slice(k));
  }
  return out;
}

/** An attribute value the writer puts in a tag: ids, kinds and numbers, which need no quoting rules. */
export function attrValue(value: string | number): string {
  const s = String(value);
  if (!/^[\w-]+$/.test(s)) throw new Error(`not a plain attribute value: ${JSON.stringify(s)}`);
  return s;
}
