/**
 * The GitHub Actions workflow teams regenerate the dossier with: valid against the workflow schema
 * (action-validator), wired to the commands this project has, and the change report it posts.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const FILE = '.github/workflows/dossier.yml';
const text = readFileSync(FILE, 'utf8');
const wf = parse(text);
type Step = { run?: string; uses?: string; env?: Record<string, string> };
const steps = (job: string): Step[] => wf.jobs[job].steps;

describe(FILE, () => {
  it('is a valid workflow', () => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('checks pull requests that touch seeds/ for stale content, then builds and tests', () => {
    expect(wf.on.pull_request.paths).toContain('seeds/**');
    const runs = steps('check').map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/npm run -s ingest -- --check --report "\$GITHUB_STEP_SUMMARY"/);
    expect(runs).toMatch(/Run `npm run ingest` and commit `content\/`/);
    expect(runs).toMatch(/npm run build/);
    expect(steps('check').find((s) => s.run === 'npm test')?.env?.CI).toBe('true');
  });

  it('builds and deploys main to GitHub Pages', () => {
    expect(wf.on.push.branches).toEqual(['main']);
    expect(steps('build').map((s) => s.uses ?? '')).toEqual(expect.arrayContaining(['actions/configure-pages@v5', 'actions/upload-pages-artifact@v3']));
    expect(steps('deploy').map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    expect(wf.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('only runs npm scripts this project has', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    for (const m of text.matchAll(/npm run (?:-s )?([\w:-]+)/g)) expect(Object.keys(scripts), m[0]).toContain(m[1]);
  });
});

describe('the change report', () => {
  it('lists new and changed entities when a seed changes, and --check fails', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    cpSync('seeds', path.join(dir, 'seeds'), { recursive: true });
    cpSync('content', path.join(dir, 'content'), { recursive: true });
    appendFileSync(path.join(dir, 'seeds/004_73dbb3b888fae9b8.txt'), '\nForeign Minister Jane Roe met Kim Jong Un on Friday.\n');
    const report = path.join(dir, 'summary.md');
    const r = spawnSync(process.execPath, [path.resolve('scripts/ingest.ts'), '--check', '--no-cache', '--report', report], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const md = readFileSync(report, 'utf8');
    expect(md).toMatch(/^## Dossier changes/);
    expect(md).toMatch(/### People: 1 new, \d+ changed, 0 removed/);
    expect(md).toMatch(/- \*\*new\*\* Jane Roe \(`jane-roe`\)/);
    expect(md).toMatch(/- \*\*changed\*\* Kim Jong Un \(`kim-jong-un`\): .*articles|mentions/);
    expect(md).toMatch(/### Articles: 0 new, 1 changed, 0 removed/);
  });
});
