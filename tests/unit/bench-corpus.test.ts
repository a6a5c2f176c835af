/** The benchmark's synthetic corpus: seeded, about 600 words an article, and names that make resolution work. */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';

describe('the benchmark corpus', () => {
  const a = generateCorpus(200);
  it('is the same on every run', () => {
    expect(generateCorpus(200)).toEqual(a);
    expect(generateCorpus(201).files[0]).not.toEqual(a.files[0]);
  });

  it('has articles of about 600 words with datelines, captions, quotes and a publisher', () => {
    const words = a.files.map((f) => f.text.split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(580);
    expect(Math.max(...words)).toBeLessThan(760);
    const all = a.files.map((f) => f.text).join('\n');
    expect(all).toMatch(/^[A-Z .'-]+ \([^)]+\) - /m);
    expect(all).toMatch(/^© /m);
    expect(all).toMatch(/^"[^"]+," \w+ said\./m);
    expect(a.files.every((f) => /\nSource: .+\n$/.test(f.text))).toBe(true);
  });

  it('spells one person in several ways, as scraped sources do', () => {
    const all = a.files.map((f) => f.text).join('\n');
    // Korean names both hyphenated and spaced; some given name in two transliterations.
    expect(all).toMatch(/\b([A-Z][a-z]+) ([A-Z][a-z]+)-([a-z]+)\b[\s\S]*\b\1 \2 [A-Z][a-z]+\b/);
    const families = new Map<string, Set<string>>();
    for (const m of all.matchAll(/\b([A-Z][a-z]+) ([A-Z][a-z]{3,})\b/g)) {
      if (!families.has(m[2]!)) families.set(m[2]!, new Set());
      families.get(m[2]!)!.add(m[1]!);
    }
    expect([...families.values()].some((given) => given.size >= 2)).toBe(true);
  });
});
