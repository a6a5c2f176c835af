/**
 * Roles as a sentence gives them: the title before a name ("First Deputy Prime Minister X", "Kremlin spokesman
 * X") or the apposition after it ("X, premier of the Cabinet,"), split into single roles, with the country the
 * words name ("Russian President" → Russia), and the side a whole sentence gives ("from the Russian side").
 */
import { BODY_MODIFIERS, NAME_STOPWORDS, ORG_HEADS, ROLE_HEADS } from '../../lexicons/titles.ts';
import { countryOf, findCountries } from '../countries.ts';
import type { Token } from '../text.ts';
import { CONNECTORS, isCap, isPlaceOrCountry, isRoleWord, lower } from './words.ts';

/**
 * The most tokens a role phrase takes. The longest titles run to about thirty ("Minister of Natural Resources
 * and Ecology and Chairman of the Russian side to the ... Committee for Cooperation in Trade, Economy, Science
 * and Technology"); a longer run of capitalised words is a shouted line, which each of its words would
 * otherwise scan back through again (4,000 such words took 1.8 s, 8,000 took 6.3 s).
 */
const ROLE_WORDS = 48;

/** Role phrase before a name: scan back over role words and capitalised words to the previous name or clause. */
export function roleBefore(tokens: Token[], first: number, text: string, taken: Set<Token>): string | null {
  let j = first - 1;
  let from = first;
  // Whether a role head stands between here and the name: kept as the scan goes, not searched at every comma
  // (a long line of "PLACE, Country" was cubic).
  let titled = false;
  while (j >= 0) {
    if (first - j > ROLE_WORDS) return null;
    const t = tokens[j]!;
    if (taken.has(t)) break;
    if (t.text === ',') {
      const before = tokens[j - 1];
      const after = tokens[j + 1];
      // "Macron's diplomatic adviser, Emmanuel Bonne": a role head, a comma, then the name.
      // So does "China's ambassador in Port Selim, Chen Weiming": a role head, the place it serves in, the comma.
      const appositive = j === first - 1 && !!before && ((!isCap(before) && ROLE_HEADS.has(lower(before))) || (headInPlace(tokens, j) && commaAfterName(tokens, first)));
      // A comma right before the name ends the previous list item; one after the title has begun ends the
      // clause ("North Korea, Kremlin chief X"). Only inside an organisation's name ("Trade, Economy,
      // Science and Technology") does the role go on past it.
      if (!appositive && (titled || j === first - 1 || !before || !after || !isCap(before) || !isCap(after) || taken.has(before))) break;
      j--;
      continue;
    }
    if (!/^[\p{L}\d]/u.test(t.text)) {
      // "U.S. Secretary of State X": a country written with dots stands right before the title (not before a
      // connector: in "the U.S. and Russian Foreign Minister X" it is no part of X's title).
      if (t.text === '.' && from === j + 1 && from < first && !CONNECTORS.has(tokens[from]!.text) && dotted(tokens, j, text)) from = j - 1;
      break;
    }
    // "ex-Prime Minister" is a role as "Former Prime Minister" is; "government spokesman" too, but not "the
    // government of President X", "the opposition to President X".
    const body = BODY_MODIFIERS.has(t.text.toLowerCase()) && j + 1 < first && isRoleWord(tokens[j + 1]!) && !CONNECTORS.has(tokens[j + 1]!.text);
    if (!isCap(t) && !isRoleWord(t) && !body && !CONNECTORS.has(t.text) && !/^ex-\p{Lu}/u.test(t.text)) break;
    // "an aide to X": a role that ends in "to"/"of" right before the name is a relation to X, not X's role.
    if (j === first - 1 && ['to', 'of', 'for', 'with', 'by'].includes(t.text)) return null;
    // "Macron of France and Japan's leader, Ishiba": "and" after a country or another name ends the phrase.
    if (['and', 'or'].includes(t.text) && tokens[j - 1] && (taken.has(tokens[j - 1]!) || isPlaceOrCountry(tokens[j - 1]!))) break;
    if (NAME_STOPWORDS.has(t.text.toLowerCase()) && !CONNECTORS.has(t.text.toLowerCase()) && !isRoleWord(t) && !body) break;
    titled ||= ROLE_HEADS.has(lower(t));
    from = j;
    j--;
  }
  return trimRole(tokens.slice(from, first), text);
}

/**
 * Whether a role head and the place it serves in stand before the comma at tokens[j]: "ambassador in Port
 * Selim,", "the European Union's ambassador to Taravia,". (Sent "to" a place, only after whose envoy they are:
 * the place is not their country, as it would be read in "the UN envoy to Yemen".)
 */
function headInPlace(tokens: Token[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && j - k <= 4 && (isCap(tokens[k]!) || tokens[k]!.text === 'the')) k--;
  const head = tokens[k - 1];
  const preposition = tokens[k]?.text ?? '';
  const owned = /['’]s$/.test(tokens[k - 2]?.text ?? '');
  return k < j - 1 && (preposition === 'in' || preposition === 'at' || (preposition === 'to' && owned)) && !!head && !isCap(head) && ROLE_HEADS.has(lower(head));
}

/** Whether the name from tokens[first] is closed by a comma, as words in apposition are ("..., Chen Weiming, told"; not "..., Jane Doe said"). */
function commaAfterName(tokens: Token[], first: number): boolean {
  for (let k = first; k < tokens.length && k < first + 6; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > first;
    if (!isCap(t) && !(t.text.length <= 3 && /^\p{Ll}+$/u.test(t.text))) return false; // (a particle: "van der", "bin")
  }
  return false;
}

/** Whether tokens[j], a dot, ends a country written with dots ("U.S.", "U.K."), its letters in tokens[j - 1]. */
function dotted(tokens: Token[], j: number, text: string): boolean {
  const letters = tokens[j - 1];
  return !!letters && letters.end === tokens[j]!.start && countryOf(text.slice(letters.start, tokens[j]!.end), false) !== null;
}

/** Role phrase after a name, in apposition: "Han Duck-soo, premier of the Cabinet, ...". */
export function roleAfter(tokens: Token[], last: number, text: string, starts: Set<Token>): string | null {
  if (tokens[last + 1]?.text !== ',') return null;
  let k = last + 2;
  const article = ['a', 'an', 'the'].includes(tokens[k]?.text ?? '');
  if (article) k++;
  // "Malta's prime minister", "the German chancellor", "South Korea's foreign minister": the country before
  // the role is part of the phrase (splitRole takes it for the country).
  const from = k;
  const country = countryWords(tokens, k, text);
  k += country;
  // "the European Commission president", "the EU's foreign policy chief", "NATO's secretary general": an
  // organisation before the role, after "the" or as a possessive, is part of the phrase too.
  const org = country ? 0 : orgWords(tokens, k, starts, tokens[from - 1]?.text === 'the');
  k += org;
  const head = tokens[k];
  if (!titleWord(head)) return null;
  const out: Token[] = [];
  for (k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      const after = tokens[k + 1];
      if (!after || !isCap(after) || starts.has(after)) break;
      out.push(t);
      continue;
    }
    // (the dot of "the U.S. secretary of state" is the country's: countryWords counted it)
    if (t.text === '.' && k < from + country) {
      out.push(t);
      continue;
    }
    if (starts.has(t) || (!/^[\p{L}\d'’-]/u.test(t.text) && t.text !== '-')) break;
    if (!isCap(t) && !isRoleWord(t) && !CONNECTORS.has(t.text) && !['who', 'is', 'also'].includes(t.text)) {
      const body = bodyWords(tokens, k, out, starts);
      if (!body) break;
      out.push(...tokens.slice(k, k + body));
      k += body - 1;
      continue;
    }
    out.push(t);
  }
  // Led by a country, the words are the title of the next name in a list ("X, Russian leader Y and
  // others"), or of someone else's ("X, the Russian foreign minister's counterpart"): not X's role.
  if ((country || org) && (starts.has(tokens[k]!) || /['’]s?$/.test(out.at(-1)?.text ?? ''))) return null;
  return trimRole(out, text);
}

/** Nouns a body of the post's is named by in lower case, besides ORG_HEADS: "state arms maker", "the port operator". */
const BODY_NOUNS: ReadonlySet<string> = new Set([...ORG_HEADS, 'firm', 'maker', 'manufacturer', 'producer', 'operator', 'lender', 'carrier', 'insurer', 'utility', 'developer', 'contractor', 'supplier']);

/**
 * How many lower-case words from `k` (three at most) go on naming the body after "of" or "at" in a role:
 * "head of Nepal's disaster agency", "chief executive of state arms maker Taravian Defence Holdings", "senior
 * analyst at London-based consultancy AeroMetric Partners" (the role had stopped at "of Nepal's", "of state",
 * "at London-based"). They must end in a body's noun or run into its name; 0 when not.
 */
function bodyWords(tokens: Token[], k: number, out: Token[], starts: Set<Token>): number {
  if (!out.slice(-3).some((t) => t.text === 'of' || t.text === 'at')) return 0;
  let n = 0;
  while (n < 3 && tokens[k + n] && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k + n]!.text) && !CONNECTORS.has(tokens[k + n]!.text)) n++;
  const next = tokens[k + n];
  const named = !!next && isCap(next) && !starts.has(next);
  return n && (BODY_NOUNS.has(tokens[k + n - 1]!.text) || named) ? n : 0;
}

/**
 * How many capitalised tokens from `k` (three at most) name an organisation before a lower-case role word:
 * after "the" ("the European Commission president"), or ending in a possessive ("NATO's secretary general").
 * 0 when they do not, or when one of them begins a name.
 */
function orgWords(tokens: Token[], k: number, starts: Set<Token>, article: boolean): number {
  let n = 0;
  while (n < 3 && tokens[k + n] && isCap(tokens[k + n]!) && !starts.has(tokens[k + n]!)) if (/['’]s$/.test(tokens[k + n++]!.text)) break;
  const possessive = n > 0 && /['’]s$/.test(tokens[k + n - 1]!.text);
  const head = tokens[k + n];
  return n && (article || possessive) && titleWord(head) ? n : 0;
}

/** A title word after a name: in lower case, or in capitals ("Acme's CFO"). */
const titleWord = (t: Token | undefined): boolean => !!t && (!isCap(t) || /^\p{Lu}{2,5}$/u.test(t.text)) && isRoleWord(t) && !CONNECTORS.has(t.text);

/** How many tokens from `k` name a country, alone, as a possessive or with dots ("German", "South Korea's", "U.S."): 0 when none. */
function countryWords(tokens: Token[], k: number, text: string): number {
  if (tokens[k + 1]?.text === '.' && dotted(tokens, k + 1, text)) return 2;
  for (let n = Math.min(3, tokens.length - k); n > 0; n--) {
    if (!tokens.slice(k, k + n).every(isCap)) continue;
    if (countryOf(text.slice(tokens[k]!.start, tokens[k + n - 1]!.end).replace(/['’]s$/, ''), false)) return n;
  }
  return 0;
}

function trimRole(tokens: Token[], text: string): string | null {
  let a = 0;
  let b = tokens.length;
  const edge = (t: Token): boolean => CONNECTORS.has(t.text.toLowerCase()) || t.text === ',' || ['who', 'is', 'also'].includes(t.text);
  while (a < b && edge(tokens[a]!)) a++;
  while (b > a && edge(tokens[b - 1]!)) b--;
  if (a >= b || !tokens.slice(a, b).some((t) => ROLE_HEADS.has(lower(t)))) return null;
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

/** Where one role ends and the next begins: "Foreign Minister and Deputy Prime Minister". */
const ROLE_JOINT = new RegExp(`\\s+(?:and|who is|who also serves as)\\s+(?=(?:(?:first|deputy|vice|acting|general|senior|chief)[ -])*(?:${[...ROLE_HEADS].join('|')})\\b)`, 'i');
const METONYM_OF_STATE = /^(?:Kremlin|White House|Pentagon|Downing Street|Élysée|Elysee|Blue House|Zhongnanhai)$/;

/** "Russian President" → role "President", country Russia; "premier of the DPRK Cabinet" → North Korea. */
export function splitRole(phrase: string): { roles: string[]; country: string | null } {
  let role = phrase;
  let country: string | null = null;
  // "Brazil's President" names the country as "Brazilian President" does (a possessive is not a country
  // mention in running text, so findCountries leaves it).
  // A governor's or mayor's "Georgia" is a state or a city, not the country of that name.
  const owner = /^([\p{L}\p{M} .-]+?)['’]s\s+(?!(?:lieutenant\s+)?(?:governor|mayor|senator|state)\b)/iu.exec(role);
  const ownerCountry = owner && countryOf(owner[1]!, false);
  if (ownerCountry) {
    country = ownerCountry;
    role = role.slice(owner[0].length).trim();
  } else {
    const lead = findCountries(role, true)[0];
    if (lead && lead.start === 0 && lead.form !== 'metonym') {
      country = lead.country;
      role = role.slice(lead.end).replace(/^['’]s?\s/, '').trim();
    }
  }
  country ??= findCountries(role, true).find((c) => c.form !== 'metonym' || METONYM_OF_STATE.test(role.slice(c.start, c.end)))?.country ?? null;
  const roles = role
    .split(ROLE_JOINT)
    .map((r) => r.trim())
    .filter((r) => r && [...r.toLowerCase().split(/[\s]+/)].some((w) => ROLE_HEADS.has(w)));
  return { roles, country };
}

/** Sentence-wide sides: "Present from the Russian side were ...", "The Russian delegation includes ...". */
export function sideOf(sentence: string): { country: string; at: number } | null {
  const m = /\b(?:from|of|on) the ([\p{Lu}][\p{L}'’ -]{1,40}?) side\b|\b[Tt]he ([\p{Lu}][\p{L}'’ -]{1,40}?) delegation\b/u.exec(sentence);
  const name = m?.[1] ?? m?.[2];
  const country = name ? countryOf(name.replace(/^the /, '')) : null;
  return m && country ? { country, at: m.index } : null;
}

