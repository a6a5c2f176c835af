/**
 * People in one article: runs of capitalised words read with the name lexicons (a given name, a Korean or
 * Chinese family name and its syllables, a title, a verb of speech), then the role and country the same
 * sentence gives each one. Places and organisations named after people ("Lenin Square") are runs that
 * end in a place or organisation word, and are left out whole.
 */
import { HANGUL_SURNAMES } from '../../lexicons/surnames.ts';
import { HONORIFICS, HYPHENED_PARTICLE, NAME_PARTICLES, NAME_STOPWORDS, ORG_FIRST, ORG_HEADS, PARTICLE_PLACES, PATRONYMIC, PLACE_PREFIXES, ROLE_HEADS, SPEECH_VERBS } from '../../lexicons/titles.ts';
import { countryOfAnyCase } from '../countries.ts';
import { eastAsianFamily, familyKey, foldWord, isGivenName, isJapaneseFamily, isSyllable, takesOneSyllable } from '../names.ts';
import { foldName, letterAt, stripPossessive, type Sentence, type Token } from '../text.ts';
import type { Block, PersonMention } from '../types.ts';
import { roleAfter, roleBefore, sideOf, splitRole } from './roles.ts';
import { bare, isCap, isPlaceOrCountry, isRoleWord, lower, nameLike } from './words.ts';

/** ORG_FIRST as words are looked up: folded ("registraduría" → "registraduria"). */
const HEAD_FIRST = new Set([...ORG_FIRST].map(foldWord));
/**
 * Heads of companies' and parties' names, which are rarely a person's: the name without one is the body too
 * ("Costa Verde" of "Aerolínea Costa Verde"). A foundation or a university is often named for a person
 * ("Fundación Jane Doe"), who is somebody elsewhere.
 */
const COMPANY_FIRST = new Set('aerolinea aerolineas linhas banco banque grupo groupe gruppo empresa compania companhia compagnie sociedad societe societa partido partito parti'.split(' '));

/** Place and organisation heads that name a thing after a person; the person is not mentioned. */
const EPONYM_HEADS = new Set(
  `square palace guesthouse guest-house house hall hotel airport station street avenue road bridge park garden gardens
  stadium arena museum monument mausoleum memorial tower cathedral church mosque temple university college academy
  institute school hospital centre center campus prize award doctrine plan era dynasty foundation library`.split(/\s+/),
);
/** "Reporting by", "Editing by": a credit line names people. */
const CREDIT =
  /\b(?:reporting|editing|edited|written|writing|compiled|photos?|produced|translated) by:?\s+$|\b(?:said|says|added|told|wrote|according to)\s+$|\b(?:picture|photo|photograph|image|credit)s?\s*:\s*$/i;
// ("states" and "notes" are nouns too, "both Gulf states.": as verbs, something said follows)
const SPEECH_AFTER = new RegExp(`^,?\\s*(?:(?:states|notes)\\b(?=\\s*(?:that\\b|:|["“]))|(?!(?:states|notes)\\b)(?:${SPEECH_VERBS})\\b)`);
/** Prepositions of place: the lone capitalised word after one is where, not who. */
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside', 'across', 'throughout', 'inside']);
/** The age said of a person after their name: "Jane Doe, 34,", "Jane Doe, a 34-year-old tourist". */
const AGE_AFTER = /^,\s(?:an?\s)?\d{1,3}(?:,|-year-old\b)/;
/** Prepositions whose object a run is, not the subject of a verb of speech after it. */
const OBJECT_OF: ReadonlySet<string> = new Set(['of', 'at', 'from', 'for', 'with', 'by', 'in', 'on']);
/** What stands before a name in a byline's list: nothing, "By", "With assistance from", a comma, "and". */
const BYLINE_LIST = /^(?:\(?by:?\s+|[-–—]{0,2}\s*with (?:additional )?assistance from\s+)?(?:.*(?:,|\band|&)\s+)?$/i;
const DESK_WORDS = /\b(?:staff|writers?|correspondents?|reporters?|team|desk|bureau|editors?|newsroom|agencies)\b/i;
/** Nouns for a body, right before its name: "the rights group X", "the company X", "the party X". */
const BODY_NOUNS: ReadonlySet<string> = new Set(['group', 'groups', 'organisation', 'organization', 'movement', 'coalition', 'party', 'company', 'firm', 'watchdog', 'charity', 'NGO', 'union', 'alliance', 'agency', 'network', 'association', 'institute', 'foundation', 'bloc', 'platform', 'observatory', 'newspaper', 'daily', 'broadcaster']);
/** Words that end a newspaper's name: "By Georgia Today", "By Victoria Advocate" name no person. */
const MEDIA_NAME_WORDS: ReadonlySet<string> = new Set(['Today', 'Times', 'News', 'Post', 'Herald', 'Advocate', 'Journal', 'Tribune', 'Gazette', 'Daily', 'Star', 'Sun', 'Chronicle', 'Observer', 'Mail', 'Express', 'Telegraph', 'Independent', 'Standard', 'Review', 'Record', 'Examiner', 'Press']);
/** Words before a place ("in Puerto Alcázar", "the Santa Inés district") and after one ("Santa Inés province"). */
const PLACE_CUES: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'into', 'around', 'toward', 'towards']);
const PLACE_NOUNS: ReadonlySet<string> = new Set(['province', 'district', 'city', 'region', 'state', 'department', 'county', 'municipality', 'island', 'islands', 'port', 'airport', 'area', 'valley', 'river', 'bay', 'square']);
/** What is built or found at a place, named before it, besides a PLACE_NOUNS place: "the Kali Tharpa dam". */
const STRUCTURE_NOUNS: ReadonlySet<string> = new Set(['dam', 'bridge', 'highway', 'canal', 'reservoir', 'tunnel', 'glacier', 'lake', 'mountain', 'mine', 'refinery', 'pass', 'delta', 'gorge', 'crossing', 'checkpoint', 'corridor', 'airbase', 'oilfield', 'camp', 'field', 'prison', 'terminal']);
/**
 * Places of these kinds are often named for a person ("the Ronald Reagan airport", "the John Smith bridge"),
 * and "the Kamala Harris camp" is her campaign: a name that opens with a given name before one stays somebody's.
 */
const EPONYMOUS: ReadonlySet<string> = new Set(['airport', 'bridge', 'highway', 'tunnel', 'square', 'terminal', 'camp', 'port', 'airbase']);
/** Greek places' first words, "lower", "upper", "saint", "new": "Kato Lakki", "Agia Varvara" (not given names). */
const GREEK_PLACE = /^(?:Kato|Ano|Agia|Agios|Nea|Neo|Palaia|Palaio)$/;
/** Bodies whose names read like a person's: the run is nobody, wherever it stands ("the Red Cross said"). */
const BODY_NAMES: ReadonlySet<string> = new Set(['red cross', 'doctors without borders', 'save the children', 'medecins sans frontieres', 'white helmets']);
/** Their last words, the quick test before a run's text is compared with them. */
const BODY_LAST = new Set([...BODY_NAMES].map((n) => n.slice(n.lastIndexOf(' ') + 1)));
/** Blocks in title case, where capitalised verbs ("Discusses") would pass for names. */
const TITLE_CASE: ReadonlySet<Block['kind']> = new Set(['headline', 'related', 'subheading', 'masthead']);

interface Candidate {
  tokens: Token[];
  short: boolean;
  cue: PersonMention['cue'];
}

/** Is the text between two positions exactly `gap`? (Compared in place: this runs for every word.) */
const gapIs = (text: string, from: number, to: number, gap: string): boolean => to - from === gap.length && text.startsWith(gap, from);
const spaceBetween = (text: string, from: number, to: number): boolean => to - from === 1 && text.charCodeAt(from) === 32;

/**
 * "President To Lam", "Vice Premier He Lifeng": mid-sentence, a capitalised "To" or "He" before another
 * capitalised word is an East Asian family name, not a preposition or a pronoun. (A function of its own, not
 * a closure in the loop below: one made for every word was an eighth of what the extraction allocated.)
 */
function familyWordAt(tokens: Token[], i: number, text: string, titleCase: boolean): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return !titleCase && i > 0 && !!next && isCap(next) && spaceBetween(text, t.end, next.start) && eastAsianFamily(t.text) !== null;
}

/** A family name with its particle hyphened on ("al-Assad", "el-Sisi"): a name word, though lower-case. */
const hyphened = (t: Token | undefined): boolean => {
  if (!t) return false;
  const h = t.text.indexOf('-'); // (after two to four letters, "al-", "bint-": most words have no hyphen there)
  return h >= 2 && h <= 4 && HYPHENED_PARTICLE.test(t.text);
};
const nameWord = (t: Token | undefined): boolean => nameLike(t) || hyphened(t);

/**
 * How many particles ("de", "von der", "bin") stand from tokens[j] before a word `test` accepts: 0 when there
 * are none, or they lead to no such word. Two at most ("van der", "de la"): no name has more, and a long run
 * of particles must not be read again from each of them.
 */
function particlesAt(tokens: Token[], j: number, test: (t: Token) => boolean): number {
  let n = 0;
  while (n < 2 && j + n < tokens.length && NAME_PARTICLES.has(tokens[j + n]!.text)) n++;
  const next = tokens[j + n];
  return n && next && test(next) ? n : 0;
}

/** The places of PARTICLE_PLACES by their first word, as lists of their words, folded. */
const PLACES_BY_FIRST = new Map<string, string[][]>();
for (const place of PARTICLE_PLACES) {
  const words = place.split(' ').map(foldWord);
  PLACES_BY_FIRST.set(words[0]!, [...(PLACES_BY_FIRST.get(words[0]!) ?? []), words]);
}

/** How many words from run[i] spell a place that reads like a name with particles ("Rio de Janeiro"), or 0. */
function particlePlaceAt(run: Token[], i: number): number {
  if (!NAME_PARTICLES.has(run[i + 1]?.text ?? '') && !NAME_PARTICLES.has(run[i + 2]?.text ?? '')) return 0;
  const places = PLACES_BY_FIRST.get(lower(run[i]!));
  return places?.find((words) => i + words.length <= run.length && words.every((w, k) => lower(run[i + k]!) === w))?.length ?? 0;
}

/** Initials that stand for places and bodies, not a person's given names ("U.S. Navy", "U.N. envoy"). */
const PLACE_INITIALS = new Set(['U.S', 'U.K', 'U.N', 'E.U', 'U.A.E', 'D.C', 'N.Y', 'L.A', 'S.F', 'N.Z', 'P.R', 'U.S.A', 'U.S.S.R', 'N.J', 'N.C', 'S.C', 'N.D', 'S.D', 'N.H', 'N.M', 'R.I', 'B.C', 'P.E.I', 'N.S', 'N.B', 'W.A', 'N.S.W', 'S.A', 'H.K']);
/** A person's given names as initials, "J.P" of "J.P. Okonkwo" (the token holds the dots but the last). */
const initials = (word: string): boolean => /^(?:\p{Lu}\.){1,3}\p{Lu}$/u.test(word) && !PLACE_INITIALS.has(word);

/** Splits a sentence's tokens into runs of capitalised words, as a name or a title-plus-name would stand. */
function runs(tokens: Token[], text: string, occupied: (t: Token) => boolean, titleCase: boolean): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run[run.length - 1];
    // The dot of an initial or an abbreviated title stays inside the name ("John F. Kennedy", "Mr. Lee").
    if (t.text === '.' && prev && prev.end === t.start && (/^\p{Lu}$/u.test(prev.text) || initials(prev.text) || HONORIFICS.has(prev.text.toLowerCase()))) continue;
    const joined = !prev || spaceBetween(text, prev.end, t.start) || (gapIs(text, prev.end, t.start, '. ') && (prev.text.length === 1 || initials(prev.text) || HONORIFICS.has(prev.text.toLowerCase())));
    const particle = NAME_PARTICLES.has(t.text) && run.length > 0 && particlesAt(tokens, i, (x) => isCap(x) || hyphened(x)) > 0;
    const word = letterAt(t.text, 0) > 0 && ((isCap(t) && (!NAME_STOPWORDS.has(t.text.toLowerCase()) || familyWordAt(tokens, i, text, titleCase))) || particle || hyphened(t)) && !occupied(t);
    if (!word || !joined) flush();
    if (word) run.push(t);
    if (word && /['’]s?$/.test(t.text) && !particle) flush(); // a possessive ends a name
  }
  flush();
  return out;
}

/**
 * The name starting at run[i], if the words there make one. `cue` says what announces it: a title word, its
 * place (a credit, a role phrase) or a byline's list. After a title or in a byline, a given name that is also
 * a place's is a name ("Labour Minister Sofia Lind", "By Jordan Ruiz"; elsewhere "Jordan" begins "Jordan
 * Valley").
 */
function nameAt(run: Token[], i: number, cue: 'title' | 'place' | 'byline' | null, titleCase: boolean, speechAfter: boolean, aged = false): Candidate | null {
  const cued = cue !== null;
  const t = run[i]!;
  // Particles stand inside a name, never first ("la", "de" after a word that began no name).
  if (NAME_PARTICLES.has(t.text)) return null;
  const next = run[i + 1];
  const rest = run.length - i;
  // Korean, Chinese, Vietnamese: family name first, then syllables (Lee Jae-myung, Moon Jae In, Xi Jinping).
  if (eastAsianFamily(bare(t)) && next) {
    const parts = bare(next).split('-');
    if (parts.length === 2 && parts.every(isSyllable)) return { tokens: [t, next], short: false, cue: 'east-asian' };
    const third = run[i + 2];
    if (third && [next, third].every((x) => isCap(x) && bare(x).length <= 5 && isSyllable(bare(x)) && !ORG_HEADS.has(lower(x))))
      return { tokens: [t, next, third], short: false, cue: 'east-asian' };
    if (rest === 2 && /^\p{Lu}\p{Ll}{1,8}$/u.test(bare(next)) && nameLike(next) && takesOneSyllable(bare(t)))
      return { tokens: [t, next], short: false, cue: 'east-asian' };
  }
  // Korean order reversed, as English bylines write it: "Hyo-Ju Son".
  if (rest === 2 && next && bare(t).split('-').length === 2 && bare(t).split('-').every(isSyllable) && eastAsianFamily(bare(next))?.startsWith('ko'))
    return { tokens: [t, next], short: false, cue: 'east-asian' };
  // A given name, then up to three more name words (a patronymic, a middle name, the family name);
  // in a title-case headline only one, since every word there is capitalised ("Kim Sign Historic Pact").
  // Particles go with the word after them and do not count ("Luiz Inácio Lula da Silva", "Ursula von der Leyen").
  // An acronym before a word in lower case begins no name: "IG Metall", "BMW Group" are bodies, where "RYO
  // NAKAMURA" and "Emmanuel MACRON" are names. Two letters after a title are a person's initials: "Vice
  // President JD Vance".
  const acronymFirst = /^\p{Lu}{2,}$/u.test(bare(t)) && !!next && /\p{Ll}/u.test(next.text) && !(cue === 'title' && bare(t).length === 2);
  // (a given name that is a capital's too, "Sofia", "Victoria", begins a name after a title, or before the age
  // said of a person: "Sofia Marchetti, a 34-year-old tourist")
  if (!acronymFirst && (isGivenName(bare(t), !cued && !speechAfter && !aged) || initials(bare(t))) && ((cue === 'byline' && !MEDIA_NAME_WORDS.has(bare(next ?? t))) || cue === 'title' || (aged && i === 0 && rest <= 3) || !isPlaceOrCountry(t)) && (nameWord(next) || particlesAt(run, i + 1, nameWord) > 0) && !(titleCase && eastAsianFamily(bare(t)))) {
    const tokens = [t];
    const middle = next && (PATRONYMIC.test(bare(next)) || /^\p{Lu}$/u.test(next.text));
    // (A lower-case particle goes on past the limit, once, even in a title-case headline, where it can only
    // be a name's: "Colombia Elects Ana Lucía de la Torre".)
    const limit = titleCase ? (middle ? 3 : 2) : 4;
    for (let j = i + 1, words = 1; j < run.length && (words < limit || (words === limit && particlesAt(run, j, nameWord) > 0)); j++) {
      const particles = particlesAt(run, j, nameWord);
      const w = run[j + particles]!;
      if (!particles && !(nameWord(w) || /^\p{Lu}$/u.test(w.text))) break;
      tokens.push(...run.slice(j, j + particles + 1));
      j += particles;
      // A capitalised particle before a name word does not count either ("bin Jassim Al Thani").
      if (!(NAME_PARTICLES.has(w.text.toLowerCase()) && nameWord(run[j + 1]))) words++;
      if (/['’]s?$/.test(w.text)) break;
    }
    if (tokens.length > 1) return { tokens, short: false, cue: 'given-name' };
  }
  // A Japanese family name after an unlisted given name (Fumio Kishida).
  if (rest === 2 && next && nameLike(t) && isJapaneseFamily(bare(next))) return { tokens: [t, next], short: false, cue: 'east-asian' };
  // After a title or before "said": two or three name-like words are a full name, one is a short form.
  // (A family name that is also a place's last word stands alone as a name: "Park said", of Park Min-seo.)
  // (not a word of the sentence's own: "So", "Do", "An" are family names too)
  const family = rest === 1 && !nameWord(t) && isCap(t) && !NAME_STOPWORDS.has(lower(t)) && eastAsianFamily(bare(t)) !== null;
  if ((cued || speechAfter) && (nameWord(t) || family)) {
    // (The length first: testing every word left in a long run, at each of its words, was quadratic.)
    if (!titleCase && rest >= 2 && rest <= 3 && !acronymFirst && run.slice(i).every(nameWord)) return { tokens: run.slice(i), short: false, cue: cued ? 'title' : 'speech' };
    // A lone word before "said" must stand alone ("Ullman said"), not end a name ("... Studies, said"), and
    // be capitalised: "al-Shabaab said" is a group (a known "al-Assad" is still read, as a family name below).
    // Nor an acronym: "AFAD said" is an agency.
    if (rest === 1 && (cue === 'title' || (speechAfter && i === 0 && nameLike(t) && !/^\p{Lu}{2,}$/u.test(bare(t))))) return { tokens: [t], short: true, cue: cue === 'title' ? 'title' : 'speech' };
  }
  // A lone capitalised word: kept only if resolution finds it is a known person's family name.
  if (rest === 1 && (nameWord(t) || family) && bare(t).length > 1) return { tokens: [t], short: true, cue: 'none' };
  return null;
}

/** Is the run a place or an organisation ("Lenin Square", "Central Committee")? Then nobody is in it. */
function isOrgRun(run: Token[], after: Token | undefined): boolean {
  // "the Airline Pilots' Association", "the Workers’ Party": a plural possessive before the body's noun (not a
  // name's, "Kamala Harris' Party", "Charles Woods' Group": the person is named).
  if (after && isCap(after) && ORG_HEADS.has(lower(after)) && /s['’]$/.test(run[run.length - 1]!.text) && nameAt(run, 0, null, false, false)?.tokens.length !== run.length) return true;
  // "the Lenin square": a lower-case place word after the run names a place too (not after a possessive:
  // "Jane Doe's plan" is hers).
  if (after && !isCap(after) && EPONYM_HEADS.has(after.text) && !/['’]s?$/.test(run[run.length - 1]!.text)) return true;
  const head = lower(run[run.length - 1]!);
  if (!ORG_HEADS.has(head) || run.length === 1) return false;
  if (EPONYM_HEADS.has(head)) return true;
  // "the Lee Jae-myung Party": an organisation word glued to a full name by a scraper keeps the name.
  const name = run.slice(0, -1);
  return !(nameAt(name, 0, null, false, false)?.tokens.length === name.length && name.length >= 2);
}

/** The names one sentence's capitalised runs make, before any role is read. */
export interface SentenceNames {
  sentence: Sentence;
  tokens: Token[];
  found: { c: Candidate; at: number }[];
  /**
   * Names that are nobody's, folded: of companies named head first, without the head ("costa verde" of
   * "Aerolínea Costa Verde"), and of places named before their noun ("tal ashur" of "the Tal Ashur crossing").
   */
  bodies: string[];
}

/** A token's index in its sentence's tokens, which stand in order of position: found by halving. */
function tokenIndex(tokens: Token[], t: Token): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = tokens[mid]!;
    if (m === t) return mid;
    if (m.start < t.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return tokens.indexOf(t);
}

/** Where a found name stands in the block's text, without a possessive ending ("Kim's" → "Kim"). */
function spanOf(c: Candidate): { start: number; end: number } {
  const last = c.tokens[c.tokens.length - 1]!;
  const possessive = stripPossessive(last.text).possessive;
  return { start: c.tokens[0]!.start, end: last.end - (possessive ? last.text.length - bare(last).length : 0) };
}

/**
 * The names in one block's sentences. They do not depend on what else the article names, so the two passes
 * of extract/index.ts (the first learns the article's full names, the second reads short forms and roles
 * with them) share them instead of finding them twice.
 */
export function findNames(block: Block, sentences: Sentence[], sentenceTokens: Token[][], occupied: (start: number, end: number) => boolean): SentenceNames[] {
  const titleCase = TITLE_CASE.has(block.kind);
  return sentences.map((s, n) => {
    const tokens = sentenceTokens[n]!;
    const found: { c: Candidate; at: number }[] = [];
    const bodies: string[] = [];
    const indexOf = (t: Token): number => tokenIndex(tokens, t);
    for (const whole of runs(tokens, block.text, (t) => occupied(t.start, t.end), titleCase)) {
      // "Universidad de los Andes", "Centro Democrático", "An Aerolínea Costa Verde jet": an organisation named
      // head first is nobody, up to a title that may follow it in the same run ("Partido Liberal Senator Juan
      // Pérez"). Its name without the head is kept: alone elsewhere, "Costa Verde" is the body too.
      let run = whole;
      const head = run.length > 2 && /^(?:An?|The)$/.test(run[0]!.text) ? 1 : 0;
      if (run.length > head + 1 && HEAD_FIRST.has(lower(run[head]!))) {
        const title = run.findIndex((t, k) => k > head && (ROLE_HEADS.has(lower(t)) || HONORIFICS.has(lower(t))));
        const name = run.slice(head + 1, title < 0 ? run.length : title);
        if (name.length && COMPANY_FIRST.has(lower(run[head]!))) bodies.push(foldName(block.text.slice(name[0]!.start, name[name.length - 1]!.end)));
        if (title < 0) continue;
        run = run.slice(title);
      }
      const last = run[run.length - 1]!;
      const after = tokens[indexOf(last) + 1];
      if (isOrgRun(run, after && block.text.slice(last.end, after.start) === ' ' ? after : undefined)) continue;
      // "the Red Cross", "Save the Children": a body whose name reads like a person's.
      if (BODY_LAST.has(lower(last))) {
        // (as whole words: "Fred Cross" is no "Red Cross")
        const text = ` ${foldName(block.text.slice(Math.max(0, run[0]!.start - 12), last.end).replace(/['’]s$/, ''))}`;
        if ([...BODY_NAMES].some((n) => text.endsWith(` ${n}`))) continue;
      }
      // "North Korean", "South Korea", "Santo Domingo": a country, nationality or capital of several words is nobody.
      if (countryOfAnyCase(block.text.slice(run[0]!.start, last.end).replace(/['’]s?$/, ''))) continue;
      // ("..., based in Boston, said": a lone word after "in" or "from" is a place, not a speaker)
      const before = tokens[indexOf(run[0]!) - 1]?.text ?? '';
      // "the rights group Observatorio Ciudadano", "the company Velorin": a body the word before names (not a
      // title or a person's name after it: "union President Shawn Fain", "the platform Elon Musk bought").
      const lead = run[0]!;
      if (BODY_NOUNS.has(before) && !isRoleWord(lead) && !HONORIFICS.has(lower(lead)) && !isGivenName(bare(lead), false) && !eastAsianFamily(bare(lead))) continue;
      // "in Puerto Alcázar", "the provinces of Santa Inés", "the Santa Inés district": a place, though its second
      // word may be a name ("Santa Ono, the university president" and "Lake Bell" are people), and always with
      // its accent ("Río Claro", "São Paulo": "Rio" may be a given name) or a given name after it ("Santa Inés
      // was hit hardest", "Santa Rosa"); the run is read on past it.
      const placeFirst = PLACE_PREFIXES.has(bare(lead)) && run.length > 1 && spaceBetween(block.text, lead.end, run[1]!.start) && (PLACE_CUES.has(before.toLowerCase()) || GREEK_PLACE.test(bare(lead)) || PLACE_NOUNS.has(tokens[indexOf(run[1]!) + 1]?.text ?? '') || /[^\x00-\x7f]/.test(bare(lead)) || isGivenName(bare(run[1]!), false)) ? 2 : 0;
      // (and "at Le Bourget", "in La Paz", "from Los Alamos": a place whose name opens with its article, though
      // "Le" is a Vietnamese family name too)
      // (not a Vietnamese name, "support from Le Duan": its second word is a syllable)
      if (run.length === 2 && PLACE_WORDS.has(before) && /^(?:Le|La|Les|Los|Las|El|Il|Lo)$/.test(run[0]!.text) && !isSyllable(bare(run[1]!))) continue;
      const where = run.length === 1 && PLACE_WORDS.has(before);
      // "the Park", "the House": a place word after an article is that place, not Park Min-seo.
      if (run.length === 1 && /^(?:the|a|an|this|that)$/i.test(before) && ORG_HEADS.has(lower(run[0]!))) continue;
      // "the Kali Tharpa dam", "the Ram Nagar area", "the Indira Sagar Dam": a place or a structure named before
      // its noun (not "the Donald Trump state visit": "state" is no such noun here).
      const noun = tokens[indexOf(last) + 1]?.text ?? '';
      // (after "at", "in", "near" too for a structure: "swap at Tal Ashur crossing" in a headline) Its name is
      // nobody elsewhere either ("at Tal Ashur" of "the Tal Ashur crossing"), unless a place of that kind is
      // often named for a person and the name opens with a given name: "the John Smith bridge" leaves him somebody.
      const structure = STRUCTURE_NOUNS.has(noun) && (/^the$/i.test(before) || PLACE_WORDS.has(before));
      if (structure || (/^the$/i.test(before) && ((noun !== 'state' && PLACE_NOUNS.has(noun)) || (run.length > 1 && bare(last) === 'Dam')))) {
        if (run.length > 1 && !(EPONYMOUS.has(noun) && isGivenName(bare(run[0]!), false))) bodies.push(foldName(block.text.slice(run[0]!.start, last.end)));
        continue;
      }
      const aged = AGE_AFTER.test(block.text.slice(last.end, last.end + 24));
      // ("Jane Doe of Acme Partners said", "an analyst at Acme Partners, said": after a preposition the run is
      // where the speaker works, not the speaker)
      const speech = SPEECH_AFTER.test(block.text.slice(last.end, last.end + 20)) && !/['’]s?$/.test(last.text) && !where && !OBJECT_OF.has(before.toLowerCase());
      for (let i = placeFirst; i < run.length; ) {
        // "Rio de Janeiro" is a place, though it reads like "Ursula von der Leyen": none of its words is a name.
        const place = particlePlaceAt(run, i);
        if (place) {
          i += place;
          continue;
        }
        const prev = i > 0 ? run[i - 1] : tokens[indexOf(run[0]!) - 1];
        // (an honorific inside the run, "Mr. Kim", was joined above, so run[i - 1] is "Mr")
        // A name is announced by its place (a byline, "Reporting by"), a title word just before it, or a
        // whole role phrase ("Senior Official for North Korea Jung Pak").
        // Only a title word licenses a lone family name ("President X"); the others license full names.
        const titled = (!!prev && HONORIFICS.has(lower(prev))) || (!!prev && !isCap(prev) && ROLE_HEADS.has(lower(prev)));
        // In a byline, each name of the list: "By X, Y and Z" (not a desk: "..., Staff Writers").
        const listed = (): boolean =>
          block.kind === 'byline' && i === 0 && BYLINE_LIST.test(block.text.slice(0, run[0]!.start)) && !DESK_WORDS.test(block.text.slice(run[0]!.start, last.end));
        // "The Dutch prime minister, Jane Doe,": a name in apposition to a title before it.
        const apposed = i === 0 && tokens[indexOf(run[0]!) - 1]?.text === ',';
        const placed = (): boolean =>
          CREDIT.test(block.text.slice(Math.max(0, run[i]!.start - 30), run[i]!.start)) ||
          ((i > 0 || apposed) && roleBefore(tokens, indexOf(run[i]!), block.text, new Set()) !== null);
        const cued = titled ? 'title' : listed() ? 'byline' : placed() ? 'place' : null;
        const c = nameAt(run, i, cued, titleCase, speech, aged);
        // A byline names its author in full; a lone word there ("Powered by ...") is nobody.
        if (!c || (block.kind === 'byline' && c.short)) {
          i++;
          continue;
        }
        // "San José del Cabo", "São João da Barra": a name with particles after such a word is a place's.
        if (i > 0 && PLACE_PREFIXES.has(bare(run[i - 1]!)) && c.tokens.some((x) => NAME_PARTICLES.has(x.text))) {
          i += c.tokens.length;
          continue;
        }
        found.push({ c, at: indexOf(c.tokens[0]!) });
        i += c.tokens.length;
      }
    }
    return { sentence: s, tokens, found, bodies };
  });
}

/** A found name as written in its block, without a possessive ending. */
export function nameText(block: Block, c: Candidate): string {
  const { start, end } = spanOf(c);
  return block.text.slice(start, end);
}

/** The full names (not short forms) among found names, as written. */
export const fullNames = (block: Block, names: SentenceNames[]): string[] => names.flatMap((n) => n.found.filter((f) => !f.c.short).map((f) => nameText(block, f.c)));

/**
 * The people of one block, with roles and countries. `known` holds the folded family names of the full names
 * in the article, so that a lone "Kim" there is taken for a person when roles are cut, not for the first word
 * of an organisation. `endings` holds the endings of those full names (extract/index.ts): a name that is one
 * ("Lula da Silva" after "Luiz Inácio Lula da Silva") is a short form of it.
 */
export function extractPeople(block: Block, names: SentenceNames[], base: number, known: ReadonlySet<string>, endings: ReadonlySet<string>): PersonMention[] {
  const out: PersonMention[] = [];
  for (const { sentence: s, tokens, found } of names) {
    // Only words known to name someone bound a role; a lone capitalised word may be "Affairs" or "WPK".
    const sure = found.filter((f) => f.c.cue !== 'none' || known.has(familyKey(bare(f.c.tokens[0]!))));
    const taken = new Set(sure.flatMap((f) => f.c.tokens));
    const starts = new Set(sure.map((f) => f.c.tokens[0]!));
    const side = sideOf(s.text);
    const accompanied = /\baccompanied by\b/.exec(s.text);
    let host: number | null = null;
    for (const { c, at } of found) {
      const first = c.tokens[0]!;
      const last = c.tokens[c.tokens.length - 1]!;
      const possessive = stripPossessive(last.text).possessive;
      const { end } = spanOf(c);
      const lastIndex = tokens.indexOf(last);
      const roles: string[] = [];
      let country: string | null = null;
      // "Jane Smith's aide": the title before a possessive belongs to someone else.
      const aideOf = possessive && ROLE_HEADS.has(foldWord(tokens[lastIndex + 1]?.text ?? ''));
      for (const phrase of [aideOf ? null : roleBefore(tokens, at, block.text, taken), roleAfter(tokens, lastIndex, block.text, starts)]) {
        if (!phrase) continue;
        const split = splitRole(phrase);
        roles.push(...split.roles);
        country ??= split.country;
      }
      if (!country && side && first.start - s.start > side.at) country = side.country;
      const index = base + out.length;
      let companionOf: number | null = null;
      // "President Lula was accompanied by A, B and C": the last name before the phrase is the host.
      if (accompanied) {
        if (first.start < s.start + accompanied.index) host = index;
        else companionOf = host;
      }
      const name = block.text.slice(first.start, end);
      out.push({
        block: block.id,
        start: first.start,
        end,
        text: name,
        name,
        short: c.short || (endings.size > 0 && c.tokens.length > 1 && endings.has(foldName(name))),
        roles,
        country,
        companionOf,
        cue: c.cue,
      });
    }
  }
  return out;
}

const HANGUL_FAMILIES = [...HANGUL_SURNAMES].sort((a, b) => b.length - a.length);
const HANGUL_RUN = /(?<![\p{Script=Hangul}])\p{Script=Hangul}{2,4}(?![\p{Script=Hangul}])/gu;

/**
 * Korean names written in Hangul: a family name and two syllables, standing alone in the text. Kept as written; resolution matches them through their romanisation. The country the sentence gives
 * ("South Korean midfielder 박지성") is read as for Latin names.
 */
export function hangulPeople(block: Block, sentences: Sentence[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(HANGUL_RUN)) {
      const family = HANGUL_FAMILIES.find((f) => m[0].startsWith(f));
      // Family name plus a two-syllable given name, the usual shape. Two-syllable runs are far more often
      // words or places that begin with a family-name syllable (서울 Seoul, 한국 Korea) than names.
      if (!family || m[0].length - family.length !== 2) continue;
      const start = s.start + (m.index ?? 0);
      const side = sideOf(s.text.slice(0, m.index ?? 0));
      out.push({ block: block.id, start, end: start + m[0].length, text: m[0], name: m[0], short: false, roles: [], country: side?.country ?? null, companionOf: null, cue: 'east-asian' });
    }
  }
  return out;
}
