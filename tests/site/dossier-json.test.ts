/** dist/dossier.json, as built: the DESIGN.md shape, ids that are page slugs, and pages that exist. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const d = JSON.parse(readFileSync('dist/dossier.json', 'utf8'));
const keys = (o: object) => Object.keys(o).sort();

describe('dist/dossier.json', () => {
  it('has the dossier/1 shape', () => {
    expect(keys(d)).toEqual(['agreements', 'articles', 'outlets', 'people', 'schema', 'title']);
    expect(d.schema).toBe('dossier/1');
    expect(d.title).toBe("Putin's state visit to Pyongyang, June 2024");
    expect(keys(d.articles[0])).toEqual(['agreements', 'date', 'id', 'outlet', 'outlets', 'people', 'sha256', 'source', 'title', 'url']);
    expect(keys(d.people[0])).toEqual(['aliases', 'articles', 'country', 'id', 'name', 'roles', 'url']);
    expect(keys(d.agreements[0])).toEqual(['aliases', 'articles', 'id', 'name', 'status', 'url', 'year']);
    expect(keys(d.outlets[0])).toEqual(['aliases', 'articles', 'cited_in', 'id', 'name', 'published', 'url']);
    for (const a of d.articles) expect(a.source).toMatch(/^seeds\/.+\.txt$/);
  });

  it('gives every entity a built page that links to each article it appears in', () => {
    const articleIds = new Set(d.articles.map((a: { id: string }) => a.id));
    for (const kind of ['articles', 'people', 'agreements', 'outlets']) {
      for (const e of d[kind]) {
        expect(e.url).toBe(`/${kind}/${e.id}/`);
        const page = `dist${e.url}index.html`;
        expect(existsSync(page), page).toBe(true);
        if (kind === 'articles') continue;
        const html = readFileSync(page, 'utf8');
        for (const a of e.articles) {
          expect(articleIds.has(a)).toBe(true);
          expect(html, `${page} → ${a}`).toContain(`/articles/${a}/`);
        }
      }
    }
  });

  it('lists every spelling as an alias and names the people of the seeds', () => {
    const putin = d.people.find((p: { id: string }) => p.id === 'vladimir-putin');
    expect(putin.aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Vladimir Vladimirovich Putin']));
    expect(putin.articles).toHaveLength(5);
    expect(d.people).toHaveLength(19);
  });
});
