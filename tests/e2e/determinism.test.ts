/**
 * Determinism: two ingests and two builds of the same seeds, in different time zones and locales, from
 * folders whose files were written in opposite orders, give byte-identical content/ and dist/ trees.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under a folder, by relative path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, f);
    if (statSync(full).isFile()) out.set(f, readFileSync(full));
  }
  return out;
}

function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const [f, bytes] of a) if (!b.has(f)) out.push(`only in first: ${f}`);
  else if (!bytes.equals(b.get(f)!)) out.push(`differs: ${f}`);
  for (const f of b.keys()) if (!a.has(f)) out.push(`only in second: ${f}`);
  return out;
}

function run(label: string, order: 'forward' | 'reverse', env: Record<string, string>) {
  const work = mkdtempSync(path.join(tmpdir(), `determinism-${label}-`));
  const seeds = path.join(work, 'seeds');
  mkdirSync(seeds);
  const files = readdirSync('seeds').sort();
  for (const f of order === 'forward' ? files : files.reverse()) copyFileSync(path.join('seeds', f), path.join(seeds, f));
  const all = { ...process.env, ...env, DOSSIER_CONTENT: path.join(work, 'content'), DOSSIER_OUT: path.join(work, 'dist'), DOSSIER_CACHE: path.join(work, 'cache') };
  // The ingest runs in the work folder, as a team runs it in theirs: paths it records are relative ("seeds/...").
  const steps: [string, string[], string][] = [
    [process.execPath, [path.resolve('scripts/ingest.ts'), '--no-cache', '--quiet'], work],
    [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], '.'],
    ['node_modules/.bin/pagefind', ['--site', all.DOSSIER_OUT, '--silent'], '.'],
  ];
  for (const [cmd, args, cwd] of steps) {
    const r = spawnSync(cmd, args, { encoding: 'utf8', env: all, cwd });
    expect(r.status, `${label}: ${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
  }
  return { content: tree(all.DOSSIER_CONTENT), dist: tree(all.DOSSIER_OUT) };
}

describe('two runs from the same inputs', () => {
  it('give byte-identical content/ and dist/ whatever the time zone, locale and file order', () => {
    const a = run('a', 'forward', { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
    const b = run('b', 'reverse', { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' });
    expect(a.content.size).toBeGreaterThan(30);
    expect(a.dist.size).toBeGreaterThan(40);
    expect(differences(a.content, b.content)).toEqual([]);
    expect(differences(a.dist, b.dist)).toEqual([]);
  }, 300_000);
});

describe('the code', () => {
  it('never reads the clock', () => {
    const offenders: string[] = [];
    for (const dir of ['src', 'scripts']) {
      for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!/\.(ts|astro|mjs)$/.test(f)) continue;
        const text = readFileSync(path.join(dir, f), 'utf8');
        // performance.now() times a run for the log; it never reaches an output file.
        for (const m of text.matchAll(/Date\.now\(\)|new Date\(\s*\)|toLocale\w*String\(\s*\)/g)) offenders.push(`${dir}/${f}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
