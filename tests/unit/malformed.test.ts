/**
 * Malformed sources (tests/fixtures/malformed/): each bad file gets its error (file, reason, what to do) and
 * the run fails writing nothing; --keep-going builds the rest. Odd file names, same titles, duplicates,
 * syndicated copies and a 2 MB article are ingested without losing a character.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const FIXTURE = path.resolve('tests/fixtures/malformed');
const ingest = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.resolve('scripts/ingest.ts'), '--no-cache', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split('\n---\n')[0]!.replace(/^---\n/, ''));

describe('malformed sources', () => {
  it('names every bad file with its reason and what to do, fails, and writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'malformed-'));
    cpSync(FIXTURE, path.join(dir, 'seeds'), { recursive: true });
    const r = ingest(dir);
    expect(r.status).toBe(1);
    const expected: [string, RegExp][] = [
      ['latin-1.txt', /is not valid UTF-8 text\. Re-save it as UTF-8/],
      ['binary.txt', /is not valid UTF-8 text|binary file/],
      ['empty.txt', /is empty\. Put the article text in it/],
      ['whitespace only.txt', /is empty\./],
      ['headline-only.txt', /has a headline but no body text\. Add the article's text/],
    ];
    for (const [file, reason] of expected) expect(r.stderr).toMatch(new RegExp(`error: seeds/${file.replace('.', '\\.')}: ${reason.source}`));
    expect(r.stderr).toMatch(/5 source\(s\) could not be ingested; nothing was written\..*--keep-going/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(path.join(dir, 'content'))).toBe(false);
  });

  it('builds the rest with --keep-going, listing what it skipped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'malformed-'));
    cpSync(FIXTURE, path.join(dir, 'seeds'), { recursive: true });
    const r = ingest(dir, '--keep-going');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/seeds\/latin-1\.txt: skipped \(--keep-going\): is not valid UTF-8/);
    expect(r.stdout).toMatch(/seeds\/copy of the good article\.txt: same text as seeds\/Good Article With Spaces\.txt: ingested once/);
    const articles = readdirSync(path.join(dir, 'content/articles')).sort();
    // Two sources titled "Port strike ends" never share a page; odd file names keep their own source path.
    expect(articles).toEqual(expect.arrayContaining(['port-strike-ends.mdx', 'port-strike-ends-1.mdx', 'fishermen-welcome-new-quota-rules.mdx']));
    expect(articles).toHaveLength(6);
    const sources = articles.map((a) => frontmatter(path.join(dir, 'content/articles', a)).source).sort();
    expect(sources).toContain('seeds/ÜBERSICHT статья 記事.txt');
    expect(sources).toContain('seeds/Good Article With Spaces.txt');
    expect(new Set(sources).size).toBe(6);
    // The same story from two more outlets, with small edits: all three marked as copies of each other.
    const syndicated = frontmatter(path.join(dir, 'content/articles/valletta-signs-twenty-year-harbour-agreement.mdx'));
    expect(syndicated.copies).toEqual(['harbour-deal-signed-in-valletta-after-two-days', 'harbour-deal-valletta-signs-for-twenty-years']);
    expect(frontmatter(path.join(dir, 'content/articles/port-strike-ends.mdx')).copies).toEqual([]);
  });

  it('ingests a 2 MB article and keeps all of it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'large-'));
    const seeds = path.join(dir, 'seeds');
    cpSync(path.join(FIXTURE, 'Good Article With Spaces.txt'), path.join(seeds, 'small.txt'));
    const paragraph = (i: number) => `Paragraph ${i}: Finance Minister Tomas Berg said on Monday that the port handled ${i} more containers than last year, according to figures released in Valletta.`;
    const lines = ['A very long report on the harbour', ''];
    for (let i = 0; lines.join('\n').length < 2_000_000; i++) lines.push(paragraph(i));
    writeFileSync(path.join(seeds, 'large.txt'), `${lines.join('\n')}\n`);
    const r = ingest(dir);
    expect(r.status, r.stderr).toBe(0);
    const mdx = readFileSync(path.join(dir, 'content/articles/a-very-long-report-on-the-harbour.mdx'), 'utf8');
    for (const i of [0, 5000, lines.length - 3]) expect(mdx).toContain(`Paragraph ${i}: Finance Minister`);
    expect(frontmatter(path.join(dir, 'content/articles/a-very-long-report-on-the-harbour.mdx')).paragraphs.length).toBe(lines.length - 1);
  }, 120_000);
});
