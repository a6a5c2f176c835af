/** The ingest command: --help, writing content/, the cache, --timings, and --check failing on stale content; every script's mistyped option. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';

const run = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.resolve('scripts/ingest.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('npm run ingest', () => {
  it('prints help', () => {
    const r = run('.', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--check/);
  });

  it('tells a mistyped option in one line with the usage, as every script does, and exits 2', () => {
    for (const script of ['ingest', 'bench', 'bench-hostile', 'evaluate', 'pdf', 'screenshots']) {
      const r = spawnSync(process.execPath, [path.resolve(`scripts/${script}.ts`), '--chekc'], { encoding: 'utf8' });
      expect([script, r.status, r.stderr.split('\n')[0]!.startsWith("error: Unknown option '--chekc'")]).toEqual([script, 2, true]);
      expect(r.stderr).toMatch(/^Usage: npm run /m);
      expect(r.stderr).not.toMatch(/\bat .*node:internal/);
    }
  });

  it('writes content, reuses its cache, and --check fails naming the stale files after a seed changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    cpSync('seeds', path.join(dir, 'seeds'), { recursive: true });
    const first = run(dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Ingested 5 article\(s\).*5 processed, 0 from cache/);
    expect(first.stdout).toMatch(/does not say who published it/);
    expect(readdirSync(path.join(dir, 'content/people')).length).toBeGreaterThan(15);

    const again = run(dir);
    expect(again.stdout).toMatch(/0 processed, 5 from cache/);
    expect(again.stdout).toMatch(/Wrote 0 file\(s\)/);
    expect(run(dir, '--check').status).toBe(0);
    // --timings says how long each stage took, in order, even with --quiet; with --check, the comparing.
    const stages = ['start-up', 'reading', 'extraction', 'resolution', 'near-copies', 'analysis', 'content files', 'cache entries'];
    const timed = run(dir, '--quiet', '--timings');
    expect(timed.stdout.trim()).toMatch(new RegExp(`^Timings: ${[...stages, 'writing'].map((s) => `${s} \\d+\\.\\d\\d s`).join(', ')}\\.$`));
    expect(run(dir, '--check', '--timings').stdout).toMatch(/, comparing \d+\.\d\d s\.\n/);

    appendFileSync(path.join(dir, 'seeds/004_73dbb3b888fae9b8.txt'), '\nForeign Minister Jane Roe said nothing.\n');
    const stale = run(dir, '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/content\/ is stale/);
    expect(stale.stderr).toMatch(/content\/articles\/during-a-state-visit-to-north-korea-kremlin\.mdx/);
    expect(stale.stderr).toMatch(/missing\s+content\/people\/jane-roe\.mdx/);
    expect(stale.stderr).toMatch(/npm run ingest/);
  });

  it('rewrites only what changed, never trusts a file edited by hand, and keeps no stale cache', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    cpSync('seeds', path.join(dir, 'seeds'), { recursive: true });
    expect(run(dir).status).toBe(0);
    // The first run had no content to reuse and kept no write memo; the second keys every file in it, so the
    // hand edit below meets a memo that says the file is unchanged since it was written.
    expect(run(dir).stdout).toMatch(/Wrote 0 file\(s\)/);
    expect(existsSync(path.join(dir, '.cache/ingest/written.json'))).toBe(true);
    const person = path.join(dir, 'content/people/sergey-lavrov.mdx');
    const original = readFileSync(person, 'utf8');
    expect(original).toContain('"name": "Sergey Lavrov"');
    writeFileSync(person, original.replace('"name": "Sergey Lavrov"', '"name": "Someone Else"'));
    const mended = run(dir);
    expect(mended.stdout).toMatch(/Wrote 1 file\(s\)/);
    expect(readFileSync(person, 'utf8')).toBe(original);

    appendFileSync(path.join(dir, 'seeds/004_73dbb3b888fae9b8.txt'), '\nForeign Minister Jane Roe said nothing.\n');
    const changed = run(dir);
    expect(changed.stdout).toMatch(/1 processed, 4 from cache/);
    // The changed source's old cache entry is gone: one entry per source (and the write memo), not one per run.
    expect(readdirSync(path.join(dir, '.cache/ingest')).sort()).toHaveLength(5 + 1);
    expect(readFileSync(path.join(dir, 'content/people/jane-roe.mdx'), 'utf8')).toMatch(/"name": "Jane Roe"/);
    expect(run(dir, '--check').status).toBe(0);
    expect(spawnSync(process.execPath, [path.resolve('scripts/ingest.ts'), '--no-cache', '--check'], { cwd: dir, encoding: 'utf8' }).status).toBe(0);
  });

  it('on worker threads (64 sources or more) writes every cache entry and ends, even when a source is refused', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    mkdirSync(path.join(dir, 'seeds'));
    for (const f of generateCorpus(70).files) writeFileSync(path.join(dir, 'seeds', f.name), f.text);
    writeFileSync(path.join(dir, 'seeds/zz_headline.txt'), 'Only a headline\n');
    // spawnSync returns when the process has ended: a worker left running would hold it until the timeout.
    const refused = spawnSync(process.execPath, [path.resolve('scripts/ingest.ts')], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(refused.signal).toBeNull();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/zz_headline\.txt: has a headline but no body text/);
    // The 71 sources were extracted, on this thread and a worker, and the worker wrote all their entries.
    expect(readdirSync(path.join(dir, '.cache/ingest'))).toHaveLength(71);
    rmSync(path.join(dir, 'seeds/zz_headline.txt'));
    const ok = run(dir);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Ingested 70 article\(s\).*0 processed, 70 from cache/);
    expect(readdirSync(path.join(dir, '.cache/ingest'))).toHaveLength(70); // the refused source's entry is gone
  });

  it('refuses an undecodable source with its name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    cpSync('seeds', path.join(dir, 'seeds'), { recursive: true });
    appendFileSync(path.join(dir, 'seeds/zz_bad.txt'), Buffer.from([0x48, 0xff, 0xfe, 0x00]));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/seeds\/zz_bad\.txt: is not valid UTF-8/);
    expect(readFileSync(path.join(dir, 'seeds/zz_bad.txt')).length).toBe(4);
  });
});
