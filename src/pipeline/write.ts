/**
 * write: the dossier to MDX files. Each paragraph of an article is a <Para> element with its anchor, on lines
 * of its own, its text on one line; each mention an <M>. Text and attributes go in only through mdx-text.ts,
 * which escapes every character that could be markup, so no source text can become an element, expression
 * or Markdown syntax (tests/unit/write.test.ts reads random text back with the MDX parser).
 */
import { agreementSchema, articleSchema, dossierMetaSchema, outletSchema, personSchema, summarySchema, type Summary } from '../schema.ts';
import { frontmatterJson } from './frontmatter.ts';
import { groupBy } from './group.ts';
import { attrValue, mdxText } from './mdx-text.ts';
import type { Dossier, Entity } from './resolve/index.ts';
import type { WriteMemo } from './write-memo.ts';

/** Frontmatter, then the body's blocks, one blank line between each. */
function serialise(frontmatter: Record<string, unknown>, body: string[]): string {
  return [`---\n${frontmatterJson(frontmatter)}\n---`, ...body].join('\n\n') + '\n';
}

/** One article: frontmatter, then every paragraph of the source, in order, with its mentions marked. */
export function articleMdx({ data, article }: Dossier['articles'][number]): string {
  const byBlock = groupBy(data.mentions, (m) => m.paragraph);
  const body = article.blocks.map((block) => {
    const marks = byBlock.get(block.id) ?? [];
    let line = '';
    let at = 0;
    // A piece of text begins the line when nothing was written before it, and ends it when no mention follows.
    const text = (t: string, end: boolean) => (line += mdxText(t, { start: line === '', end }));
    for (const m of marks) {
      if (m.start < at) continue; // overlapping mentions: the first wins
      if (m.start > at) text(block.text.slice(at, m.start), false);
      line += `<M k="${attrValue(m.kind)}" id="${attrValue(m.entity)}">${mdxText(block.text.slice(m.start, m.end))}</M>`;
      at = m.end;
    }
    if (at < block.text.length) text(block.text.slice(at), true);
    return `<Para id="${attrValue(block.id)}" kind="${attrValue(block.kind)}" n="${attrValue(block.n)}" line="${attrValue(block.line)}">\n  ${line}\n</Para>`;
  });
  // Validated here with the schema the site reads it with, so a bad record fails the ingest, not the build.
  return serialise(articleSchema.parse(data), body);
}

/** One person, agreement or outlet: all it is lives in the frontmatter; the body holds the editors' description. */
export function entityMdx(entity: Entity<{ description: string | null }>): string {
  return serialise(entity.data, entity.data.description ? [mdxText(entity.data.description, { start: true, end: true })] : []);
}

/**
 * Every file the dossier is made of, by path relative to the content folder. With a memo, a file whose
 * inputs are unchanged since the last ingest is taken from disk instead of being serialised again.
 */
export function contentFiles(dossier: Dossier, summary: Summary, memo?: WriteMemo): Map<string, string> {
  const files = new Map<string, string>();
  const put = (path: string, inputs: unknown, make: () => string): void => void files.set(path, memo ? memo.text(path, inputs, make) : make());
  // Validated here with the schemas the site reads them with, so a bad record fails the ingest, not the build.
  // An article's paragraphs are its source's, parsed by the pipeline's code: data.sha256 and the memo's code
  // version fix them, so its inputs need not repeat the text (hashing it again was most of the memo's work).
  for (const a of dossier.articles) put(`articles/${a.id}.mdx`, a.data, () => articleMdx(a));
  for (const p of dossier.people) put(`people/${p.id}.mdx`, p.data, () => entityMdx({ id: p.id, data: personSchema.parse(p.data) }));
  for (const a of dossier.agreements) put(`agreements/${a.id}.mdx`, a.data, () => entityMdx({ id: a.id, data: agreementSchema.parse(a.data) }));
  for (const o of dossier.outlets) put(`outlets/${o.id}.mdx`, o.data, () => entityMdx({ id: o.id, data: outletSchema.parse(o.data) }));
  files.set('dossier.json', `${JSON.stringify(dossierMetaSchema.parse(dossier.meta), null, 2)}\n`);
  files.set('summary.json', `${JSON.stringify(summarySchema.parse(summary), null, 2)}\n`);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
