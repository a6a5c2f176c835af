/**
 * Makes sure dist/ reflects content/ before the site checks run: `npm test` right after `npm run build`
 * reuses that build; on its own it builds first, so the tests never read a stale or missing site.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';

const newest = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((t, e) => Math.max(t, statSync(path.join(e.parentPath, e.name)).mtimeMs), 0);

export default function setup(): void {
  const built = 'dist/dossier.json';
  if (existsSync(built) && statSync(built).mtimeMs >= newest('content')) return;
  console.log('dist/ is missing or older than content/: running `astro build` first.');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
}
