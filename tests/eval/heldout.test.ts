/**
 * Quality on real articles from other outlets (tests/fixtures/heldout, annotated by hand in gold.json),
 * with no editorial file: at least 85% of the people, agreements and outlets found, 85% of what is reported right.
 * Also checks that the scorer itself counts right, so a broken scorer cannot make this pass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierExport } from '../../src/lib/dossier-export.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { score, type DossierLike, type Gold } from './score.ts';

const goldOf = (dir: string): Gold => JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8')) as Gold;

describe('the scorer', () => {
  const tiny: Gold = { articles: { 'a.txt': { people: [['Kim Jong Un', 'Kim']], agreements: [['mutual defence pact']], outlets: [['Reuters']] } } };
  const dossier = (people: string[][]): DossierLike => ({
    articles: [{ id: 'a', source: 'x/a.txt' }],
    people: people.map(([name, ...aliases]) => ({ name: name!, aliases, articles: ['a'] })),
    agreements: [{ name: 'Mutual Defence Pact', aliases: [], articles: ['a'] }],
    outlets: [{ name: 'Reuters', aliases: [], articles: ['a'] }],
  });
  it('scores a perfect dossier 1/1', () => {
    expect(score(dossier([['Kim Jong Un']]), tiny).overall).toEqual({ recall: 1, precision: 1 });
  });
  it('counts a miss against recall and a wrong entity against precision', () => {
    expect(score(dossier([]), tiny).people.recall).toBe(0);
    expect(score(dossier([['Kim Jong Un'], ['Kim Il Sung Square']]), tiny).people.precision).toBe(0.5);
  });
  it('does not take Kim Jong Il for Kim Jong Un', () => {
    expect(score(dossier([['Kim Jong Il']]), tiny).people.found).toBe(0);
  });
});

describe('held-out articles', () => {
  // Each set about the event must reach 85% recall and precision overall, and so must each kind it names
  // at least five of (below that, one miss is 20 points). tests/fixtures/other-events is reported by
  // `npm run evaluate`, not gated: one of its five outlets is a lower-case site name no rule should guess.
  const sets = ['heldout', 'unseen', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'].map((s) => `tests/fixtures/${s}`);
  it.each(sets)('%s: ≥85% found and ≥85% right', async (dir) => {
    const { dossier } = await ingest({ seeds: dir, cache: null });
    const result = score(dossierExport({ title: '', ...dossier }, (k, id) => `/${k}/${id}/`), goldOf(dir));
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.85);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.85);
    for (const kind of ['people', 'agreements', 'outlets'] as const) {
      if (result[kind].gold < 5) continue;
      expect(result[kind].recall, `${kind} missed: ${result[kind].misses.join('; ')}`).toBeGreaterThanOrEqual(0.85);
      expect(result[kind].precision, `${kind} wrong: ${result[kind].wrong.join('; ')}`).toBeGreaterThanOrEqual(0.85);
    }
  });
});
