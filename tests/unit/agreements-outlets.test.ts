/** Agreements with their status per source, and outlets as publishers or cited sources. */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve, type Dossier } from '../../src/pipeline/resolve/index.ts';
import { ingestSeeds, madeUpArticle as article } from '../helpers.ts';

let d: Dossier;
beforeAll(async () => {
  d = (await ingestSeeds()).dossier;
});
const articleOf = (file: string) => d.articles.find((a) => a.data.source === `seeds/${file}`)!.id;
const agreement = (alias: RegExp) => d.agreements.find((a) => a.data.aliases.some((x) => alias.test(x.name)));
const statuses = (alias: RegExp, file: string) => agreement(alias)!.data.status.filter((s) => s.article === articleOf(file)).map((s) => s.status);
const outlet = (name: string) => d.outlets.find((o) => o.data.name === name);

describe('agreements', () => {
  it('finds named agreements with their year', () => {
    expect(agreement(/^1961 Friendship and Joint Assistance Agreement$|^Friendship and Joint Assistance Agreement$/)?.data.year).toBe(1961);
    expect(agreement(/Friendship and Good Neighbors Cooperation Agreement/)?.data.year).toBe(2000);
    expect(agreement(/^Declaration of Moscow and Pyongyang$/)?.data.year).toBe(2000);
  });

  it('joins the partnership agreement however it is named or described', () => {
    const csp = agreement(/^Comprehensive Strategic Partnership Agreement$/)!;
    expect(csp.data.name).toBe('Comprehensive Strategic Partnership Agreement');
    const names = csp.data.aliases.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['new agreement on a comprehensive strategic partnership', 'new fundamental document']));
    expect(csp.data.articles).toHaveLength(4);
  });

  it('gives each source its own status', () => {
    const csp = /^Comprehensive Strategic Partnership Agreement$/;
    expect(statuses(csp, '004_73dbb3b888fae9b8.txt')).toContain('signed');
    expect(statuses(csp, '001_e7590b586cafdacd.txt')).toEqual(['expected']);
    expect(statuses(csp, '000_a464e586ecffd183.txt')).toEqual(['expected']);
    expect(statuses(/Friendship and Joint Assistance Agreement/, '000_a464e586ecffd183.txt')).toEqual(['referenced']);
    expect(statuses(/^agreements reached at the summit in September 2023$/, '003_9a756836283dcb94.txt')).toEqual(['referenced']);
    expect(agreement(/^agreements reached at the summit in September 2023$/)!.data.year).toBe(2023);
    const arms = /^agreement to supply North Korean missiles/;
    expect(statuses(arms, '004_73dbb3b888fae9b8.txt')).toEqual(['denied', 'alleged']);
  });

  it('does not take idioms or generic plurals for agreements', () => {
    const names = d.agreements.flatMap((a) => a.data.aliases.map((x) => x.name));
    expect(names.some((n) => /satisfactory agreement|number of bilateral documents|several agreements/.test(n))).toBe(false);
  });
});

describe('outlets', () => {
  it('finds the publisher where the text reveals it, and says so where it does not', () => {
    const pub = (file: string) => d.articles.find((a) => a.data.source === `seeds/${file}`)!.data;
    expect(pub('004_73dbb3b888fae9b8.txt').publisher).toBe(outlet('Stern')!.id);
    expect(pub('003_9a756836283dcb94.txt').publisher).toBe(outlet('Rodong Sinmun')!.id);
    expect(pub('002_74ca050b70102d80.txt').publisher).toBe(outlet('Sputnik')!.id);
    for (const f of ['000_a464e586ecffd183.txt', '001_e7590b586cafdacd.txt']) {
      expect(pub(f).publisher).toBeNull();
      expect(pub(f).warnings.join(' ')).toMatch(/does not say who published it/);
    }
  });

  it('tells cited outlets from publishers', () => {
    expect(outlet('TASS')!.data.cited_in).toEqual([articleOf('000_a464e586ecffd183.txt')]);
    expect(outlet('Korean Central News Agency')!.data.cited_in).toEqual([articleOf('001_e7590b586cafdacd.txt')]);
    const rodong = outlet('Rodong Sinmun')!.data;
    expect(rodong.published).toEqual([articleOf('003_9a756836283dcb94.txt')]);
    expect(rodong.cited_in).toEqual([articleOf('001_e7590b586cafdacd.txt')]);
    expect(outlet('Sputnik')!.data.cited_in).toEqual([]);
    expect(outlet('Sputnik')!.data.aliases.map((a) => a.name)).toContain('Sputnik Africa');
  });
});

describe('agreements of a made-up dossier', () => {
  it('takes British and American spellings of a name for one agreement', () => {
    const dossier = resolve([article('a.txt', 'Accession talks\n\nTaravia signed the Stabilisation and Association Agreement in 2016.\n'), article('b.txt', 'Talks go on\n\nThe Stabilization and Association Agreement was signed in 2016.\n')], null);
    expect(dossier.agreements.map((a) => a.data.aliases.map((x) => x.name))).toEqual([['Stabilisation and Association Agreement', 'Stabilization and Association Agreement']]);
  });
});

describe('agreements named head last', () => {
  it('takes the name that ends in its head, not the head and the parties after it', () => {
    const dossier = resolve([article('a.txt', 'Routes\n\nThe airline grew after the 2019 Open Skies Agreement between Valdoria and the EU.\n'), article('b.txt', 'Routes grow\n\nThe Agreement between Taravia and Velsgrad on fisheries was signed in 2020.\n')], null);
    expect(dossier.agreements.map((a) => a.data.name).sort()).toEqual(['Agreement between Taravia and Velsgrad', 'Open Skies Agreement']);
  });
});

describe('outlets of a made-up dossier', () => {
  const outlets = (...texts: string[]) => resolve(texts.map((t, i) => article(`${i}.txt`, t)), null).outlets.map((o) => [o.data.name, o.data.aliases.map((a) => a.name).sort(), o.data.cited_in.length]);

  it('takes an unlisted name spelling an outlet\'s initials for that outlet, and a body whose initials the article defines for none', () => {
    // (the paper calls itself by its initials in its own story: cited nowhere)
    expect(outlets('New Straits Times\nQuake toll rises\n\nTwelve died, the mayor told NST on Tuesday.\n')).toEqual([['New Straits Times', ['NST', 'New Straits Times'], 0]]);
    expect(outlets('Quake toll rises\n\nThe National Seismic Safety Authority (NSSA) counted 40 dead. More than 2,000 are homeless, according to the NSSA.\n')).toEqual([]);
    // (but a news agency's initials stay an outlet)
    expect(outlets('Quake toll rises\n\nThe Taravian News Agency (TNA) said 40 died. Rescuers are still digging, according to TNA.\n').map(([name]) => name)).toContain('TNA');
  });
});
