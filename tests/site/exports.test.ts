/**
 * The data exports in dist/data/: FollowTheMoney entities checked against FtM's own model (schemata,
 * properties, required fields, value types, entity ranges), every entity of dossier.json present with a
 * stable id, and CSV tables that a CSV parser reads back to the same entities.
 */
import { readFileSync } from 'node:fs';
import { defaultModel } from '@alephdata/followthemoney';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../src/lib/csv-export.ts';
import { ftmEntities, ftmId } from '../../src/lib/ftm-export.ts';
import { ingest } from '../../src/pipeline/ingest.ts';

interface FtmEntity { id: string; schema: string; properties: Record<string, string[]> }
type SchemaDatum = { extends?: string[]; abstract?: boolean; required?: string[]; properties: Record<string, { type: string; range?: string; maxLength?: number }> };
const schemata = defaultModel.schemata as unknown as Record<string, SchemaDatum>;
const lineage = (name: string): string[] => [name, ...(schemata[name]?.extends ?? []).flatMap(lineage)];
const propertyOf = (schema: string, prop: string) => lineage(schema).map((s) => schemata[s]!.properties[prop]).find(Boolean);
const required = (schema: string): string[] => lineage(schema).flatMap((s) => schemata[s]!.required ?? []);
const COUNTRIES = new Set(Object.keys((defaultModel.types.country as { values: Record<string, string> }).values));
const FTM_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

const jsonl = readFileSync('dist/data/entities.ftm.jsonl', 'utf8');
const entities: FtmEntity[] = jsonl.trimEnd().split('\n').map((l) => JSON.parse(l));
const byId = new Map(entities.map((e) => [e.id, e]));
const d = JSON.parse(readFileSync('dist/dossier.json', 'utf8'));

/** Every problem with one entity, as FtM's model defines them. */
function problems(e: FtmEntity): string[] {
  const out: string[] = [];
  const schema = schemata[e.schema];
  if (!schema) return [`${e.id}: no schema ${e.schema}`];
  if (schema.abstract) out.push(`${e.id}: ${e.schema} is abstract`);
  for (const r of required(e.schema)) if (!e.properties[r]?.length) out.push(`${e.id}: required ${r} missing`);
  for (const [prop, values] of Object.entries(e.properties)) {
    const p = propertyOf(e.schema, prop);
    if (!p) { out.push(`${e.id}: ${e.schema} has no property ${prop}`); continue; }
    for (const v of values) {
      if (typeof v !== 'string' || v === '') out.push(`${e.id}.${prop}: empty or not a string`);
      else if (p.maxLength && v.length > p.maxLength) out.push(`${e.id}.${prop}: longer than ${p.maxLength}`);
      else if (p.type === 'date' && !FTM_DATE.test(v)) out.push(`${e.id}.${prop}: ${v} is not an FtM date`);
      else if (p.type === 'country' && !COUNTRIES.has(v)) out.push(`${e.id}.${prop}: ${v} is not a country code`);
      else if (p.type === 'url' && !URL.canParse(v)) out.push(`${e.id}.${prop}: ${v} is not a URL`);
      else if (p.type === 'entity') {
        const target = byId.get(v);
        if (!target) out.push(`${e.id}.${prop}: ${v} is not in the file`);
        else if (p.range && !lineage(target.schema).includes(p.range)) out.push(`${e.id}.${prop}: ${target.schema} is not a ${p.range}`);
      }
    }
  }
  return out;
}

describe('dist/data/entities.ftm.jsonl', () => {
  it('is one valid FollowTheMoney entity per line, with unique ids', () => {
    expect(jsonl.endsWith('\n')).toBe(true);
    expect(entities.flatMap(problems)).toEqual([]);
    expect(byId.size).toBe(entities.length);
  });

  it('holds every article, person, outlet and agreement of the dossier under an id made from its page slug', () => {
    const schemaOf = { articles: 'Article', people: 'Person', outlets: 'Organization', agreements: 'Contract' } as const;
    const idOf = { articles: ftmId.article, people: ftmId.person, outlets: ftmId.outlet, agreements: ftmId.agreement };
    for (const kind of ['articles', 'people', 'outlets', 'agreements'] as const) {
      for (const x of d[kind]) {
        const e = byId.get(idOf[kind](x.id));
        expect(e?.schema, `${kind}/${x.id}`).toBe(schemaOf[kind]);
        expect(e!.properties[kind === 'articles' ? 'title' : 'name']).toEqual([kind === 'articles' ? x.title : x.name]);
        expect(e!.properties.sourceUrl).toContain(`https://example.org${x.url}`);
      }
    }
    const putin = byId.get('person-vladimir-putin')!;
    expect(putin.properties.country).toEqual(['ru']);
    expect(putin.properties.alias).toContain('Vladimir Vladimirovich Putin');
    expect(byId.get('outlet-korean-central-news-agency')!.properties.country).toEqual(['kp']);
  });

  it('links each article to every person and outlet it names (Mention) and agreement it speaks of (Documentation)', () => {
    const links = new Set(entities.filter((e) => e.schema === 'Mention').map((e) => `${e.properties.document}>${e.properties.resolved}`));
    const docs = entities.filter((e) => e.schema === 'Documentation');
    const documented = new Set(docs.map((e) => `${e.properties.document}>${e.properties.entity}`));
    for (const p of d.people) for (const a of p.articles) expect(links, `${p.id} in ${a}`).toContain(`article-${a}>person-${p.id}`);
    for (const o of d.outlets) for (const a of o.articles) expect(links, `${o.id} in ${a}`).toContain(`article-${a}>outlet-${o.id}`);
    for (const g of d.agreements) for (const a of g.articles) expect(documented, `${g.id} in ${a}`).toContain(`article-${a}>agreement-${g.id}`);
    for (const o of d.outlets) {
      for (const a of o.published) {
        expect(docs.some((e) => e.properties.document?.[0] === `article-${a}` && e.properties.entity?.[0] === `outlet-${o.id}` && e.properties.role?.[0] === 'publisher')).toBe(true);
      }
    }
    // The Mention keeps the words the source used: the misspelt minister is found under his own spelling.
    const nobak = entities.find((e) => e.schema === 'Mention' && e.properties.resolved?.[0] === 'person-alexander-novak' && e.properties.name?.includes('Alexandr Nobak'));
    expect(nobak).toBeDefined();
  });

  it('gives the same ids and lines whatever order the sources come in', async () => {
    const { dossier } = await ingest({ seeds: 'seeds', cache: null });
    const input = { title: dossier.meta.title, ...dossier };
    const url = (kind: string, id: string) => `https://example.org/${kind}/${id}/`;
    const reversed = { ...input, articles: [...input.articles].reverse(), people: [...input.people].reverse(), outlets: [...input.outlets].reverse(), agreements: [...input.agreements].reverse() };
    const once = ftmEntities(input, url).map((e) => JSON.stringify(e));
    expect(ftmEntities(reversed, url).map((e) => JSON.stringify(e))).toEqual(once);
    expect(`${once.join('\n')}\n`).toBe(jsonl);
  });
});

/** A small RFC 4180 reader, so the test does not trust the writer's own library to read its output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}
const table = (name: string): Record<string, string>[] => {
  const [header, ...rows] = parseCsv(readFileSync(`dist/data/${name}.csv`, 'utf8'));
  for (const r of rows) expect(r).toHaveLength(header!.length);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};

describe('dist/data/*.csv', () => {
  it('has a row for every entity of the dossier, with its name, counts and page', () => {
    for (const kind of ['articles', 'people', 'agreements', 'outlets'] as const) {
      const rows = table(kind);
      expect(rows.map((r) => r.id)).toEqual(d[kind].map((x: { id: string }) => x.id));
      for (const [i, x] of d[kind].entries()) {
        expect(rows[i]![kind === 'articles' ? 'title' : 'name']).toBe(kind === 'articles' ? x.title : x.name);
        expect(rows[i]!.url).toBe(`https://example.org${x.url}`);
        if (kind !== 'articles') expect(Number(rows[i]!.articles)).toBe(x.articles.length);
      }
    }
    expect(table('people').find((r) => r.id === 'alexander-novak')!.aliases!.split(' | ')).toContain('Alexandr Nobak');
  });

  it('lists every mention with the words, the sentence and a link to the paragraph', () => {
    const rows = table('mentions');
    for (const r of rows) {
      expect(['person', 'agreement', 'outlet']).toContain(r.kind);
      expect(r.snippet!.length).toBeGreaterThan(0);
      expect(r.url).toBe(`https://example.org/articles/${r.article}/#${r.paragraph}`);
      expect(Number(r.end) - Number(r.start)).toBe(r.text!.length);
    }
    for (const p of d.people) expect(rows.some((r) => r.kind === 'person' && r.entity === p.id)).toBe(true);
  });

  it('keeps text that a spreadsheet would run as a formula as text', async () => {
    const { dossier } = await ingest({ seeds: 'seeds', cache: null });
    const [first, ...rest] = dossier.people;
    const hostile = { ...first!, data: { ...first!.data, name: '=HYPERLINK("https://evil.example","x")', aliases: [{ name: '@SUM(1)', articles: [] }] } };
    const csv = csvTable('people', { title: 't', ...dossier, people: [hostile, ...rest] }, (k, id) => `/${k}/${id}/`);
    const row = parseCsv(csv).find((r) => r[0] === first!.id)!;
    expect(row[1]).toBe(`'=HYPERLINK("https://evil.example","x")`);
    expect(row[2]).toBe(`'@SUM(1)`);
  });
});
