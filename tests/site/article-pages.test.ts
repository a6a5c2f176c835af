/** Built article pages: every line of every seed is on its page, verbatim, as text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const d = JSON.parse(readFileSync('dist/dossier.json', 'utf8')) as { articles: { id: string; source: string }[] };
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const text = (html: string): string =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m))
    .replace(/\s+/g, ' ');

describe('article pages', () => {
  it.each(d.articles.map((a) => [a.source, a.id]))('%s: every line is on the page as written', (source, id) => {
    const page = text(readFileSync(`dist/articles/${id}/index.html`, 'utf8'));
    for (const line of readFileSync(source, 'utf8').split('\n')) {
      const want = line.trim().replace(/\s+/g, ' ');
      if (want) expect(page, want).toContain(want);
    }
  });
});
