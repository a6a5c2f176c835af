/**
 * Finds countries in text by name, alias, demonym or metonym ("Kremlin" → Russia), longest form first,
 * case-sensitive and on word boundaries. Curly apostrophes are read as straight ones.
 */
import { AMBIGUOUS_DEMONYMS, COUNTRIES } from '../lexicons/countries.ts';

export interface CountryHit {
  country: string;
  start: number;
  end: number;
  form: 'name' | 'demonym' | 'metonym';
}

const FORMS = (() => {
  const forms: { text: string; country: string; form: CountryHit['form'] }[] = [];
  for (const c of COUNTRIES) {
    for (const text of [c.name, ...c.aliases]) forms.push({ text, country: c.name, form: 'name' });
    for (const text of c.demonyms) forms.push({ text, country: c.name, form: 'demonym' });
    for (const text of [c.capital, ...c.metonyms]) if (text) forms.push({ text, country: c.name, form: 'metonym' });
  }
  return forms.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
})();

const BY_TEXT = new Map(FORMS.map((f) => [f.text.replace(/’/g, "'"), f]));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\d'-])(?:${[...BY_TEXT.keys()].map(escape).join('|')})(?![\\p{L}\\p{M}\\d-]|'s?\\p{L})`,
  'gu',
);

/** Every country named in `text`, left to right. Capitals and metonyms count only when `metonyms` is set. */
export function findCountries(text: string, metonyms = false): CountryHit[] {
  const out: CountryHit[] = [];
  for (const m of text.replace(/’/g, "'").matchAll(PATTERN)) {
    const f = BY_TEXT.get(m[0]);
    if (!f || (f.form === 'metonym' && !metonyms)) continue;
    out.push({ country: f.country, start: m.index, end: m.index + m[0].length, form: f.form });
  }
  return out;
}

/** The country a word or phrase is exactly ("Russian", "DPRK", "North Korean"), or null. */
export function countryOf(phrase: string, metonyms = true): string | null {
  const f = BY_TEXT.get(phrase.replace(/’/g, "'").trim());
  return f && (metonyms || f.form !== 'metonym') ? f.country : null;
}

export const isAmbiguousDemonym = (word: string): boolean => AMBIGUOUS_DEMONYMS.includes(word);
