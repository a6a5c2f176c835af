/**
 * Companies, so that their names are not read as people: "Toyota said" is no one known by one name, and
 * "Morgan Stanley said" no full name. A company is known from the general directory (lexicons/companies.ts),
 * or from the article itself, which gives its formal name ("Hanwha Aerospace Co Ltd") or its stock ticker
 * ("Hanwha Aerospace (012450.KS)"). The first word alone ("Hanwha said") is left to resolution, which takes
 * it for the company in any article unless a person of that name is known (resolve/people.ts).
 *
 * Companies are not entities of the dossier (it has people, agreements and outlets); their names are only
 * kept out of the people's way, as outlets' and agreements' are.
 */
import { COMPANIES, CORPORATE_SUFFIXES, LEGAL_SUFFIXES } from '../../lexicons/companies.ts';
import { HONORIFICS, NAME_STOPWORDS } from '../../lexicons/titles.ts';
import { countryOfAnyCase } from '../countries.ts';
import { isGivenName } from '../names.ts';
import { isCapitalised, stripPossessive, tokenize, type Token } from '../text.ts';
import { isRoleWord } from './words.ts';

/** Names by their first word, as lists of words, longest first. */
type Index = Map<string, string[][]>;

function addName(index: Index, name: string): void {
  // As the tokenizer splits them: "AT&T" is three words, "JD.com" one.
  const words = tokenize(name).map((t) => t.text);
  const list = index.get(words[0]!) ?? [];
  if (list.some((w) => w.join(' ') === words.join(' '))) return;
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  index.set(words[0]!, list);
}

const DIRECTORY: Index = new Map();
for (const name of COMPANIES) addName(DIRECTORY, name);

/** Stock exchanges named before a ticker: "(NYSE: F)", "(KRX:005930)". */
const EXCHANGES = new Set(['NYSE', 'NASDAQ', 'Nasdaq', 'LSE', 'TSE', 'TYO', 'HKEX', 'HKG', 'SGX', 'ASX', 'TSX', 'BSE', 'NSE', 'KRX', 'KOSPI', 'MOEX', 'SSE', 'SZSE', 'ETR', 'FRA', 'EPA', 'BIT', 'BME', 'SIX', 'OTC']);
/** A Reuters-style ticker: "7203.T", "005930.KS", "AAPL.O", "VOWG_p.DE". */
const TICKER = /^(?:\d{3,6}|[A-Z][A-Za-z_]{0,6})\.[A-Z]{1,3}$/;
/** Is the token a word that may stand in a company's name (capitalised, "&", not a possessive)? */
const companyWord = (t: Token | undefined): boolean => !!t && (t.text === '&' || isCapitalised(t.text));

/**
 * The companies an article names by their formal name or ticker, as written without the suffix ("Hanwha
 * Aerospace"), and their first word when that alone can name them (not a given name, a title or a place).
 * `sentences` are each block's sentences' tokens, with the text they index.
 */
export function companiesNamed(blocks: { text: string; tokens: Token[][] }[]): string[] {
  const found = new Set<string>();
  const heads = new Set<string>();
  for (const { text, tokens: sentences } of blocks) {
    for (const tokens of sentences) {
      for (let k = 1; k < tokens.length; k++) {
        const t = tokens[k]!;
        // (most words begin with neither a bracket nor a capital A-Z, and are passed over on that alone; "plc" alone does)
        const c = t.text.charCodeAt(0);
        const ticker = c === 40;
        if (ticker) {
          const next = tokens[k + 1]?.text ?? '';
          if (!TICKER.test(next) && !(EXCHANGES.has(next) && tokens[k + 2]?.text === ':')) continue;
        } else if (((c < 65 || c > 90) && t.text !== 'plc') || !CORPORATE_SUFFIXES.has(t.text) || text[tokens[k - 1]!.end] !== ' ') continue;
        // The capitalised words before it, back to a lower-case word, a possessive or a stop ("Japan's Toyota
        // Motor Corp", "The Korea Electric Power Corp"); then without the suffixes they end in.
        let from = k;
        while (from > 0 && from > k - 6 && companyWord(tokens[from - 1]) && !stripPossessive(tokens[from - 1]!.text).possessive && text.slice(tokens[from - 1]!.end, tokens[from]!.start) === ' ') from--;
        let to = k;
        while (to > from && CORPORATE_SUFFIXES.has(tokens[to - 1]!.text)) to--;
        while (from < to && (NAME_STOPWORDS.has(tokens[from]!.text.toLowerCase()) || tokens[from]!.text === '&')) from++;
        if (from >= to || tokens[to - 1]!.text === '&') continue;
        const words = tokens.slice(from, to);
        const head = words[0]!.text;
        // A company named after a person ("Ralph Lauren Corp") leaves that person's name alone; a name ending
        // only in a word like "Group" names a company when it has two words or more ("Hanwha Aerospace
        // Group", not "Adani Group"), and its first word alone never does.
        const legal = ticker || tokens.slice(to, k + 1).some((x) => LEGAL_SUFFIXES.has(x.text));
        if (isGivenName(head) || (!legal && words.length < 2)) continue;
        found.add(text.slice(words[0]!.start, words[words.length - 1]!.end));
        if (legal && words.length > 1 && !isRoleWord(words[0]!) && !HONORIFICS.has(head.toLowerCase()) && !countryOfAnyCase(head)) heads.add(head);
      }
    }
  }
  // Nor is a first word a company's where the article writes it after a given name: "Trump Media & Technology
  // Group (DJT.O)" does not make "Trump" of "Donald Trump" a company.
  if (heads.size) for (const { tokens: sentences } of blocks) for (const tokens of sentences) for (let k = 1; k < tokens.length; k++) if (heads.has(tokens[k]!.text) && isGivenName(tokens[k - 1]!.text)) heads.delete(tokens[k]!.text);
  return [...found, ...heads];
}

/** Only the names of several words: a first word alone ("Velorin") is left to resolution, which knows every article's people. */
const several = (names: string[]): string[] => names.filter((n) => n.includes(' '));

/** The index of the directory's names and the article's own. */
export function companyIndex(named: string[]): Index {
  const names = several(named);
  if (!names.length) return DIRECTORY;
  const index: Index = new Map([...DIRECTORY].map(([k, v]) => [k, [...v]]));
  for (const name of names) addName(index, name);
  return index;
}

/**
 * Where companies stand in one sentence's tokens: a name of the index, with the capitalised words that go on
 * naming it ("Toyota Motor Corp", "Meta Platforms"), up to a title or a given name ("Toyota President Koji
 * Sato"). Not a name glued to a capitalised word before it: "Mike Honda" is a person.
 */
export function scanCompanies(text: string, tokens: Token[], index: Index): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !(c >= 48 && c <= 57) && !(c > 127 && isCapitalised(t.text))) continue;
    // (a possessive is stripped only from a word that may carry one: most words are looked up as they stand)
    const last = t.text.charCodeAt(t.text.length - 1);
    const candidates = index.get(t.text) ?? (last === 115 || last === 39 || last === 8217 ? index.get(stripPossessive(t.text).word) : undefined);
    if (!candidates) continue;
    const prev = tokens[i - 1];
    if (prev && isCapitalised(prev.text) && text.slice(prev.end, t.start) === ' ' && !NAME_STOPWORDS.has(prev.text.toLowerCase()) && !stripPossessive(prev.text).possessive) continue;
    for (const words of candidates) {
      const slice = tokens.slice(i, i + words.length);
      if (slice.length < words.length || !slice.every((x, j) => x.text === words[j] || (j === words.length - 1 && stripPossessive(x.text).word === words[j]))) continue;
      let end = i + words.length;
      // Words that go on naming it, while the last was no possessive.
      while (
        end < tokens.length &&
        !stripPossessive(tokens[end - 1]!.text).possessive &&
        text.slice(tokens[end - 1]!.end, tokens[end]!.start) === ' ' &&
        isCapitalised(tokens[end]!.text) &&
        (CORPORATE_SUFFIXES.has(tokens[end]!.text) || (!isRoleWord(tokens[end]!) && !HONORIFICS.has(tokens[end]!.text.toLowerCase()) && !NAME_STOPWORDS.has(tokens[end]!.text.toLowerCase()) && !isGivenName(tokens[end]!.text)))
      )
        end++;
      out.push({ start: t.start, end: tokens[end - 1]!.end });
      i = end - 1;
      break;
    }
  }
  return out;
}
