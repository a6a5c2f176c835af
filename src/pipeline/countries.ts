/**
 * Finds countries in text by name, alias, demonym or metonym ("Kremlin" → Russia), longest form first,
 * case-sensitive and on word boundaries. Curly apostrophes are read as straight ones.
 */
import { AMBIGUOUS_DEMONYMS, COUNTRIES } from '../lexicons/countries.ts';
import { addTo } from './group.ts';

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
const WORDS = /[\p{L}\p{M}\d]+/gu;
/**
 * The forms by their first word, longest first. One regular expression of all 1,091 forms took a tenth of a
 * second per thousand articles, trying every form at every position; here only the forms that begin with
 * the word at hand are tried, and only where a word begins.
 */
const BY_FIRST_WORD = (() => {
  const index = new Map<string, string[]>();
  for (const text of BY_TEXT.keys()) addTo(index, text.match(WORDS)![0]!, text);
  return index;
})();
// A form stands on word boundaries: no letter, digit, apostrophe or hyphen just before it, nor a letter,
// digit, hyphen, or apostrophe and letter just after ("Koreans", "Korea-based" and "Korea's" do not count).
const ALONE_BEFORE = /(?<![\p{L}\p{M}\d'-])/uy;
const ALONE_AFTER = /(?![\p{L}\p{M}\d-]|'s?\p{L})/uy;
const at = (re: RegExp, text: string, index: number): boolean => ((re.lastIndex = index), re.test(text));

/** Every country named in `text`, left to right. Capitals and metonyms count only when `metonyms` is set. */
export function findCountries(text: string, metonyms = false): CountryHit[] {
  const out: CountryHit[] = [];
  const t = text.replace(/’/g, "'");
  const words = new RegExp(WORDS);
  for (let m = words.exec(t); m; m = words.exec(t)) {
    const forms = BY_FIRST_WORD.get(m[0]);
    if (!forms || !at(ALONE_BEFORE, t, m.index)) continue;
    const form = forms.find((f) => t.startsWith(f, m!.index) && at(ALONE_AFTER, t, m!.index + f.length));
    if (!form) continue;
    words.lastIndex = m.index + form.length;
    const f = BY_TEXT.get(form)!;
    if (f.form === 'metonym' && !metonyms) continue;
    out.push({ country: f.country, start: m.index, end: m.index + form.length, form: f.form });
  }
  return out;
}

/** The country a word or phrase is exactly ("Russian", "DPRK", "North Korean"), or null. */
export function countryOf(phrase: string, metonyms = true): string | null {
  const f = BY_TEXT.get(phrase.replace(/’/g, "'").trim());
  return f && (metonyms || f.form !== 'metonym') ? f.country : null;
}

/**
 * The country a phrase is, as countryOf, also when it is written in capitals ("SANTO DOMINGO", "SOUTH
 * KOREA", as datelines and headlines shout): each word is then read with only its first letter capital.
 */
export function countryOfAnyCase(phrase: string, metonyms = true): string | null {
  const found = countryOf(phrase, metonyms);
  // (most phrases are not in capitals: the second letter tells, without upper-casing the phrase)
  const second = phrase.charCodeAt(1);
  if (found || phrase.length < 2 || (second >= 97 && second <= 122) || phrase !== phrase.toUpperCase()) return found;
  return countryOf(phrase.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase()), metonyms);
}

export const isAmbiguousDemonym = (word: string): boolean => AMBIGUOUS_DEMONYMS.includes(word);
