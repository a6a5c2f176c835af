/**
 * Makes sure dist/ reflects content/ before the site checks run: `npm test` right after `npm run build`
 * reuses that build; on its own it builds (Astro, then the Pagefind index) first, so the tests never read a stale or missing site.
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
  if (existsSync(built) && existsSync('dist/pagefind') && statSync(built).mtimeMs >= Math.max(newest('content'), newest('src'))) return;
  console.log('dist/ is missing or older than content/ or src/: running `npm run build:site` first.');
  execFileSync('npm', ['run', '-s', 'build:site'], { stdio: 'inherit' });
}
