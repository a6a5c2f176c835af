/**
 * The shape of a personal name, read with the general lexicons: which token is the family name, which are
 * given names or Korean/Chinese syllables, and the spelling-independent keys they are compared by.
 * Shared by extract (is this run of capitals a person?) and resolve (are these two spellings one person?).
 */
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAME_VARIANTS, GIVEN_NAMES } from '../lexicons/given-names.ts';
import {
  CHINESE_SURNAMES,
  JAPANESE_SURNAMES,
  KOREAN_SURNAMES,
  KOREAN_SYLLABLE_VARIANTS,
  VIETNAMESE_SURNAMES,
} from '../lexicons/surnames.ts';
import { HONORIFICS, HYPHENED_PARTICLE, NAME_PARTICLES, PATRONYMIC, PATRONYMIC_PARTICLES } from '../lexicons/titles.ts';
import { addTo } from './group.ts';
import { foldName, spaceHangul, toAscii } from './text.ts';

/** ASCII lower case without apostrophes: the form single words are looked up in. */
export const foldWord = (word: string): string => toAscii(word).toLowerCase().replace(/['’`.]/g, '');

/** Maps every spelling in a list of variant groups to its group's index (a spelling may sit in several). */
function groupIndex(groups: readonly (readonly string[])[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  groups.forEach((group, i) => {
    for (const spelling of group) addTo(index, spelling, i);
  });
  return index;
}

const GIVEN = groupIndex(GIVEN_NAME_VARIANTS);
const KOREAN = groupIndex(KOREAN_SURNAMES);
const CHINESE = groupIndex(CHINESE_SURNAMES);
const SYLLABLES = groupIndex(KOREAN_SYLLABLE_VARIANTS);
const VIETNAMESE = new Set(VIETNAMESE_SURNAMES);
const JAPANESE = new Set(JAPANESE_SURNAMES);

/** A given name from the lexicon; `strict` also refuses names that are ordinary words ("Will", "June"). */
export function isGivenName(word: string, strict = true): boolean {
  const parts = foldWord(word).split('-');
  const first = parts[0] ?? '';
  if ((!GIVEN_NAMES.has(first) && !GIVEN.has(first)) || HONORIFICS.has(first)) return false;
  return !strict || !AMBIGUOUS_GIVEN_NAMES.has(first);
}

/** Two given names are one when equal, transliteration or spelling variants of each other, or an initial of the other. */
export function givenNamesAgree(a: string, b: string): 'same' | 'variant' | 'spelling' | 'initial' | null {
  const x = foldWord(a);
  const y = foldWord(b);
  if (x === y) return 'same';
  if (x.length === 1 || y.length === 1) return x[0] === y[0] ? 'initial' : null;
  const gx = GIVEN.get(x) ?? [];
  const gy = new Set(GIVEN.get(y) ?? []);
  if (gx.some((g) => gy.has(g))) return 'variant';
  return plainSpelling(x) === plainSpelling(y) ? 'spelling' : null;
}

/**
 * A given name less the letters its spellings differ by most often, a doubled letter and an "h" after a "t"
 * (Kathrin/Katrin, Matthias/Mathias, Günther/Günter, Phillip/Philip), so they need no list of their own.
 */
export const plainSpelling = (name: string): string => undoubled(name.replace(/th/g, 't'));

/** A name with each doubled letter written once: "Villela" and "Vilela", "Baldassarri" and "Baldassari". */
export const undoubled = (name: string): string => name.replace(/(\p{L})\1/gu, '$1');

/** The family-name group of an East Asian family name, or null. */
export function eastAsianFamily(word: string): string | null {
  const w = foldWord(word);
  const k = KOREAN.get(w);
  if (k?.[0] !== undefined) return `ko:${KOREAN_SURNAMES[k[0]]![0]}`;
  const c = CHINESE.get(w);
  if (c?.[0] !== undefined) return `zh:${CHINESE_SURNAMES[c[0]]![0]}`;
  if (VIETNAMESE.has(w)) return `vi:${w}`;
  return null;
}

/** Chinese and Vietnamese names may have one given syllable ("Wang Yi", "To Lam"); Korean ones rarely do. */
export const takesOneSyllable = (word: string): boolean => CHINESE.has(foldWord(word)) || VIETNAMESE.has(foldWord(word));

export const isJapaneseFamily = (word: string): boolean => JAPANESE.has(foldWord(word));

/** Korean family names that are variants of each other (Choe/Choi/Choei). */
export function koreanFamiliesAgree(a: string, b: string): boolean {
  const x = KOREAN.get(foldWord(a)) ?? [];
  const y = new Set(KOREAN.get(foldWord(b)) ?? []);
  return foldWord(a) === foldWord(b) || x.some((g) => y.has(g));
}

/** One romanised syllable (Jong, Un, Tok, Hui, Yeol): a consonant onset, a vowel, an optional coda. */
export function isSyllable(word: string): boolean {
  const w = foldWord(word);
  if (SYLLABLES.has(w)) return true;
  // Korean, Chinese and Vietnamese syllables: onset, vowel cluster, coda ("Jong", "Hui", "Chinh", "Trong").
  return /^(?:[bcdghjklmnprstvwxyz]|ch|kk|tt|pp|ss|jj|sh|ts|ph|kh|th|tr|nh|ng|gi|qu|zh)?(?:y|w)?(?:a|e|i|o|u|ae|eo|eu|oe|ui|ai|oi|ou|ei|ee|oo|ua|uo|ie|ia|uy|ay|ao|au|oa)(?:ng|nh|ch|n|m|l|k|p|t|r|c|i|u|o|y)?$/.test(w);
}

/** Syllables agree when spelt alike or romanisation variants of one syllable (Jong/Jeong, Hui/Hee). */
export function syllablesAgree(a: string, b: string): boolean {
  const x = foldWord(a);
  const y = foldWord(b);
  if (x === y) return true;
  const gy = new Set(SYLLABLES.get(y) ?? []);
  return (SYLLABLES.get(x) ?? []).some((g) => gy.has(g));
}

/**
 * A name set all in capitals ("SUZAN FRASER" of a byline), as a name is written: each word capitalised,
 * particles after the first word lower case ("von der Leyen", "al-Assad"), the syllables of a Korean given
 * name joined as they are ("Jae-myung"), initials and generations kept ("J.", "JD", "III"), "Mc" and "O'"
 * before a capital ("McHugh", "O'Brien"). Other names are returned as they are.
 */
export function calmCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}\p{Lu}/u.test(name)) return name;
  const cap = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
  return name
    .split(' ')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && NAME_PARTICLES.has(lower)) return lower;
      // (initials and generations stay as written: "J.", "JD", "III"; not a short name: "LI", "XI", "ED", "AL")
      if ((word.length <= 2 && word.endsWith('.')) || (i > 0 && /^(?:I{2,3}|IV|VI{0,3}|IX|X)$/.test(word)) || (i === 0 && /^[B-DF-HJ-NP-TV-Z]{2}$/.test(word))) return word;
      const parts = word.split('-');
      if (parts.length === 2 && HYPHENED_PARTICLE.test(cap(parts[0]!) + '-' + cap(parts[1]!))) return `${i > 0 ? parts[0]!.toLowerCase() : cap(parts[0]!)}-${cap(parts[1]!)}`;
      if (parts.length === 2 && parts.every(isSyllable)) return `${cap(parts[0]!)}-${parts[1]!.toLowerCase()}`;
      // "O'NEIL" → "O'Neil": a letter and an apostrophe begin a name of their own; so does "Mc" ("McHugh").
      return parts.map((p) => cap(p).replace(/^(\p{Lu}['’]|Mc)(\p{Ll})(?=\p{Ll}{2})/u, (_, a: string, b: string) => a + b.toUpperCase())).join('-');
    })
    .join(' ');
}

/** A family name as short forms are compared by: folded, without a particle hyphened on ("al-Assad" → "assad"). */
export const familyKey = (word: string): string => (HYPHENED_PARTICLE.test(word) ? foldWord(word.slice(word.indexOf('-') + 1)) : foldWord(word));

/** A name split into what resolution compares. */
export interface NameShape {
  kind: 'east-asian' | 'western' | 'single';
  /** Folded family name (familyKey); after "bin" or "ibn", with it ("bin salman"): that name is the father's. */
  family: string;
  /**
   * The first of two family names, which short forms and shorter full forms use, as Spanish and Portuguese
   * names have them: "Restrepo" of "Joaquín Restrepo Uribe", "Torre" of "Ana Lucía de la Torre Villalobos",
   * "Lula" of "Luiz Inácio Lula da Silva". It is the capitalised word before the last, when that is no given
   * name, patronymic or initial, or the word before a particle after three words or more (with fewer, it is a
   * middle name: "Paulo Roberto da Costa"). Null for most names.
   */
  second: string | null;
  /** The name folded (foldName) from `second` on ("lula da silva"): the family names written alone. */
  compound: string | null;
  /**
   * The endings of two words or more a short form of the name may take in its article, folded: `compound`,
   * each from a particle on ("da silva", "le pen") and each from a word that is no given name ("lopez
   * obrador" of "Andrés Manuel López Obrador", but not "ann smith" of "Mary Ann Smith").
   */
  endings: string[];
  /** Folded given names (western, patronymics dropped) or syllables (east Asian), in order. */
  given: string[];
}

export function nameShape(name: string): NameShape {
  const words = spaceHangul(name).split(/\s+/).filter(Boolean);
  const first = words[0] ?? name;
  const none = { second: null, compound: null, endings: [] };
  if (words.length === 1) return { kind: 'single', family: familyKey(first), given: [], ...none };
  // Japanese names written family first ("Kishida Fumio", as Japanese outlets do): read as "Fumio Kishida".
  // (only when the first word is no given name elsewhere, "Abe Foxman", and the second sounds Japanese, not "Kato Kaelin")
  if (words.length === 2 && isJapaneseFamily(first) && !isJapaneseFamily(words[1]!) && !isGivenName(first, false) && /^(?:(?:[kgsztdnhbpmrwfjy]|sh|ch|ts|ky|gy|ny|hy|my|ry|by|py)?[aiueo]n?)+$/.test(foldWord(words[1]!)))
    return nameShape(`${words[1]} ${first}`);
  if (eastAsianFamily(first) && words.slice(1).every((w) => w.split('-').every(isSyllable) || words.length === 2)) {
    return { kind: 'east-asian', family: foldWord(first), given: words.slice(1).flatMap((w) => foldWord(w).split('-')), ...none };
  }
  // "Robert F. Kennedy Jr.": a generational suffix is no family name.
  // (kept on the family name, so a son is not his father: "kennedy jr" is not "kennedy")
  if (words.length > 2 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(words[words.length - 1]!)) {
    const shape = nameShape(words.slice(0, -1).join(' '));
    return { ...shape, family: `${shape.family} ${foldWord(words[words.length - 1]!)}` };
  }
  const last = words[words.length - 1]!;
  // (not a particle, though capitalised: the "Al" of "Hamood bin Saif Al Rawas")
  const given = words.slice(0, -1).filter((w) => !PATRONYMIC.test(w) && !/^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase()));
  const before = words[words.length - 2]!;
  const family = PATRONYMIC_PARTICLES.has(before) ? `${before} ${familyKey(last)}` : familyKey(last);
  const particle = words.findIndex((w) => NAME_PARTICLES.has(w));
  const ending = (from: number): string => words.slice(from).map(foldName).join(' ');
  // The capitalised word before the last, past particles ("Torre" in "... de la Torre Villalobos").
  let k = words.length - 2;
  while (k > 0 && NAME_PARTICLES.has(words[k]!)) k--;
  const surname = (w: string): boolean => !isGivenName(w, false) && !PATRONYMIC.test(w) && !/^\p{Lu}\.?$/u.test(w) && /^\p{Lu}/u.test(w);
  // (not in Arabic names, whose last word carries its article: "Mohammed Shia al-Sudani")
  const at = particle >= 3 ? particle - 1 : k > 0 && !PATRONYMIC_PARTICLES.has(before) && !HYPHENED_PARTICLE.test(last) && surname(words[k]!) ? k : -1;
  const second = at > 0 ? foldWord(words[at]!) : null;
  const compound = particle >= 3 ? ending(particle - 1) : null;
  const starts = (w: string): boolean => NAME_PARTICLES.has(w.toLowerCase()) || (!isGivenName(w, false) && !PATRONYMIC.test(w) && !/^\p{Lu}\.?$/u.test(w));
  const endings = words.flatMap((w, k) => (k > 0 && k < words.length - 1 && starts(w) ? [ending(k)] : []));
  return { kind: 'western', family, given: servants(given.map(foldWord)), second, compound, endings: compound ? [compound, ...endings] : endings };
}

/**
 * "Abdul Rahman" is one given name, "servant of the Merciful", as "Abdulrahman" and "Abdel-Rahman" are: its
 * two words are read as one ("abdul-rahman"), to be compared with the other spellings (GIVEN_NAME_VARIANTS).
 */
function servants(given: string[]): string[] {
  if (given.length < 2 || !/^abd(?:ul|el|al|ol|ur|us)?$/.test(given[0]!)) return given;
  return [`${given[0]}-${given[1]}`, ...given.slice(2)];
}
