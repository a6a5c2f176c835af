/** Names in Hangul and Cyrillic: kept as written, matched to their Latin spellings through transliteration. */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { articleMdx } from '../../src/pipeline/write.ts';

describe('names written in other scripts', async () => {
  const { dossier } = await ingest({ seeds: 'tests/fixtures/non-english', cache: null });
  const person = (id: string) => dossier.people.find((p) => p.id === id)?.data;

  it('meets the Latin spelling through transliteration, under the Latin name', () => {
    expect(person('vladimir-putin')?.aliases.map((a) => a.name)).toEqual(['Vladimir Putin', 'Владимир Путин']);
    expect(person('sergei-lavrov')?.aliases.map((a) => a.name)).toEqual(['Sergei Lavrov', 'Сергей Лавров']);
    const kim = person('kim-jong-un');
    expect(kim?.aliases.map((a) => a.name)).toEqual(['Kim Jong Un', '김정은']);
    expect(kim?.evidence.find((j) => j.alias === '김정은')?.reason).toMatch(/every syllable .* agree up to romanisation/);
    expect(kim?.articles).toHaveLength(3);
  });

  it('keeps the names as written on the page', () => {
    const mdx = dossier.articles.map((a) => articleMdx(a)).join('\n');
    expect(mdx).toMatch(/<M k="person" id="kim-jong-un">김정은<\/M>/);
    expect(mdx).toMatch(/<M k="person" id="vladimir-putin">Владимир Путин<\/M>/);
  });

  it('does not read every Hangul word as a name', () => {
    // 서울 (Seoul) and 한국 (Korea) begin with family-name syllables; only 김정은 has a name's shape.
    expect(dossier.people.filter((p) => p.data.aliases.some((a) => /\p{Script=Hangul}/u.test(a.name))).map((p) => p.id)).toEqual(['kim-jong-un']);
  });
});
