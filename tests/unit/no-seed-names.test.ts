/**
 * The tool must work on articles nobody here has read: no person or agreement named in the seeds may
 * appear in src/ or scripts/ (tests may use them freely).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const NAMES = [
  'Putin', 'Kim Jong', 'Jong-un', 'Ushakov', 'Peskov', 'Lavrov', 'Manturov', 'Mantrov', 'Novak', 'Nobak', 'Belousov', 'Beloussov',
  'Borisov', 'Kozlov', 'Matsegora', 'Tok Hun', 'Tok-hun', 'Son Hui', 'Son-hui', 'Pak Jong', 'Song Nam', 'Yun Jong', 'Chon Il',
  'Yong-won', 'Friendship and Joint Assistance', 'Good Neighbors', 'Declaration of Moscow', 'Comprehensive Strategic Partnership',
  'Kumsusan', 'Kim Il Sung',
];

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

describe('no seed names in code or bundled data', () => {
  it.each(['src', 'scripts'])('%s/ names nobody from the seeds', (dir) => {
    const hits = files(dir).flatMap((f) => {
      const text = readFileSync(f, 'utf8').toLowerCase();
      return NAMES.filter((n) => text.includes(n.toLowerCase())).map((n) => `${f}: ${n}`);
    });
    expect(hits).toEqual([]);
  });
});
