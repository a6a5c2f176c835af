/** seeds/dossier.yaml: validated with line numbers, and every correction applied or reported. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEditorial } from '../../src/pipeline/editorial.ts';
import { ingest } from '../../src/pipeline/ingest.ts';

function seedsWith(yaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-'));
  cpSync('seeds', dir, { recursive: true, filter: (f) => !f.endsWith('dossier.yaml') });
  writeFileSync(path.join(dir, 'dossier.yaml'), yaml);
  return dir;
}

describe('editorial file', () => {
  it('names the line of a YAML syntax error', () => {
    expect(() => parseEditorial('seeds/dossier.yaml', 'title: ok\npeople:\n  merge: [[a, b]\n')).toThrow(/seeds\/dossier\.yaml: line \d+, column \d+/);
  });

  it('names the line and key of an unknown key', () => {
    expect(() => parseEditorial('seeds/dossier.yaml', 'title: ok\npeople:\n  marge: [[a, b]]\n')).toThrow(/line 3, column 3: people\.marge/);
  });

  it('names the line of a value of the wrong type', () => {
    expect(() => parseEditorial('seeds/dossier.yaml', 'title: ok\nsources:\n  a.txt:\n    date: June 2024\n')).toThrow(/line 4.*sources\.a\.txt\.date: use YYYY-MM-DD/);
  });

  it('applies keep_apart, hide, rename, describe and a publisher, and reports names it cannot find', async () => {
    const dir = seedsWith(`
title: Test dossier
sources:
  000_a464e586ecffd183.txt: { publisher: VOI }
people:
  keep_apart: [[Denis Manturov, Denis Mantrov]]
  hide: [Jo Yong-won]
  rename: { Kim Jong Un: Kim Jong-un (DPRK) }
  describe: { Sergei Lavrov: Russia's foreign minister since 2004. }
  merge: [[Nobody Atall, Kim Tok Hun]]
`);
    const { dossier } = await ingest({ seeds: dir, cache: null });
    const names = dossier.people.map((p) => p.data.name);
    expect(names).toContain('Denis Manturov');
    expect(names).toContain('Denis Mantrov');
    expect(names).not.toContain('Jo Yong-won');
    expect(names).toContain('Kim Jong-un (DPRK)');
    expect(dossier.people.find((p) => p.data.name === 'Sergey Lavrov')!.data.description).toBe("Russia's foreign minister since 2004.");
    const jakarta = dossier.articles.find((a) => a.data.source.endsWith('000_a464e586ecffd183.txt'))!.data;
    expect(jakarta.publisherEvidence).toBe('dossier.yaml');
    expect(dossier.outlets.find((o) => o.id === jakarta.publisher)!.data.name).toBe('VOI');
    expect(jakarta.warnings.join(' ')).not.toMatch(/does not say who published/);
    expect(dossier.meta.title).toBe('Test dossier');
    expect(dossier.meta.warnings.map((w) => w.message).join('\n')).toMatch(/Nobody Atall/);
  });
});
