/**
 * The change report: what a change of sources did to the dossier's people, agreements and outlets (new,
 * changed with the fields that changed, removed) and to its articles, as Markdown for a reviewer or a CI job
 * summary. Compares the content files before and after the ingest.
 */
import { frontmatterBlock, parseFrontmatter } from './frontmatter.ts';

const KINDS = [
  ['people', 'People'],
  ['agreements', 'Agreements'],
  ['outlets', 'Outlets'],
  ['articles', 'Articles'],
] as const;

/** Fields worth naming when they change; positions and snippets follow from these. */
const FIELDS = ['name', 'title', 'aliases', 'roles', 'country', 'status', 'year', 'published', 'cited_in', 'articles', 'quotes', 'evidence', 'publisher', 'date', 'copies', 'paragraphs', 'mentions', 'alongside'];

const frontmatter = (mdx: string): Record<string, unknown> => {
  const text = frontmatterBlock(mdx);
  try {
    return text === null ? {} : ((parseFrontmatter(text, '') as Record<string, unknown>) ?? {});
  } catch {
    return {}; // a file broken by hand before the ingest: it is rewritten, and reported as all new fields
  }
};
const label = (data: Record<string, unknown>, id: string): string => String(data.name ?? data.title ?? id);
const md = (s: string): string => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');

export function changeReport(before: Map<string, string>, after: Map<string, string>): string {
  const lines = ['## Dossier changes', ''];
  let any = false;
  for (const [dir, title] of KINDS) {
    const files = (m: Map<string, string>) => [...m.keys()].filter((f) => f.startsWith(`${dir}/`));
    const added = files(after).filter((f) => !before.has(f));
    const removed = files(before).filter((f) => !after.has(f));
    const changed = files(after).filter((f) => before.has(f) && before.get(f) !== after.get(f));
    if (!added.length && !removed.length && !changed.length) continue;
    any = true;
    lines.push(`### ${title}: ${added.length} new, ${changed.length} changed, ${removed.length} removed`, '');
    const id = (f: string) => f.slice(dir.length + 1).replace(/\.mdx$/, '');
    for (const f of added) lines.push(`- **new** ${md(label(frontmatter(after.get(f)!), id(f)))} (\`${id(f)}\`)`);
    for (const f of changed) {
      const [a, b] = [frontmatter(before.get(f)!), frontmatter(after.get(f)!)];
      const fields = FIELDS.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      lines.push(`- **changed** ${md(label(b, id(f)))} (\`${id(f)}\`)${fields.length ? `: ${fields.join(', ')}` : ': text or mentions'}`);
    }
    for (const f of removed) lines.push(`- **removed** ${md(label(frontmatter(before.get(f)!), id(f)))} (\`${id(f)}\`)`);
    lines.push('');
  }
  if (!any) lines.push('No person, agreement, outlet or article changed.', '');
  return lines.join('\n');
}
