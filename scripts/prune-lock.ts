/**
 * npm run prune-lock: run after `npm install` changes package-lock.json.
 * The registry this project is built against does not serve every platform's optional native binding
 * (e.g. @astrojs/compiler-binding for macOS and Windows), so npm records them as wanted but never locks
 * them, and `npm ci` then refuses the lock file. This drops the optional dependencies the lock file has no
 * entry for; the platforms the registry serves (Linux x64 here) are untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Lock {
  packages: Record<string, { optionalDependencies?: Record<string, string> }>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const locked = Object.keys(lock.packages);
const removed: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (locked.some((p) => p.endsWith(`node_modules/${name}`))) continue;
    delete entry.optionalDependencies![name];
    removed.push(name);
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(removed.length ? `Dropped ${removed.length} unlockable optional dependencies: ${removed.join(', ')}` : 'Nothing to drop.');
