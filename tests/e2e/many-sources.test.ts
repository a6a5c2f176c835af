/**
 * An entity named in more sources than its page quotes (MENTION_SOURCES_SHOWN): 30 generated articles naming
 * one minister are built into a temporary site. The page quotes the sentences of the first sources, lists the
 * rest, and still links every one of its articles.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENTION_SOURCES_SHOWN } from '../../src/lib/page-limits.ts';

const work = mkdtempSync(path.join(tmpdir(), 'many-'));
const env = { ...process.env, DOSSIER_CONTENT: path.join(work, 'content'), DOSSIER_OUT: path.join(work, 'dist'), DOSSIER_CACHE: path.join(work, 'cache') };
const SOURCES = MENTION_SOURCES_SHOWN + 5;
let dossier: { people: { id: string; url: string; articles: string[] }[]; articles: { id: string; url: string }[] };

beforeAll(() => {
  const seeds = path.join(work, 'seeds');
  mkdirSync(seeds);
  for (let i = 1; i <= SOURCES; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    writeFileSync(
      path.join(seeds, `${String(i).padStart(3, '0')}.txt`),
      `Harbour talks, round ${i}\n2031-03-${day}\nVALLETTA (Reuters) - Foreign Minister Jane Doe met port officials for round ${i} of the talks on Tuesday.\nDoe said the harbour would reopen within ${i + 1} weeks, and the officials agreed.\n`,
    );
  }
  const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', env.DOSSIER_CONTENT, '--no-cache', '--quiet'], { encoding: 'utf8', env });
  expect(ingest.status, ingest.stderr).toBe(0);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { encoding: 'utf8', env });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  dossier = JSON.parse(readFileSync(path.join(env.DOSSIER_OUT, 'dossier.json'), 'utf8'));
}, 180_000);

describe('an entity named in many sources', () => {
  it('quotes the first sources, lists the others, and links every article', () => {
    const jane = dossier.people.find((p) => p.id === 'jane-doe')!;
    expect(jane.articles).toHaveLength(SOURCES);
    const page = fromHtml(readFileSync(path.join(env.DOSSIER_OUT, jane.url, 'index.html'), 'utf8'));
    expect(selectAll('ol.mentions > li', page)).toHaveLength(MENTION_SOURCES_SHOWN);
    expect(selectAll('ol.mentions-more > li', page)).toHaveLength(SOURCES - MENTION_SOURCES_SHOWN);
    const linked = new Set(selectAll('main a[href]', page).map((a) => String(a.properties.href).split('#')[0]));
    for (const a of dossier.articles) expect(linked, a.url).toContain(a.url);
  });
});
