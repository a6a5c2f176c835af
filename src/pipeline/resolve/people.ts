/**
 * People across articles. Full names are compared token by token within blocks that share a family-name
 * key; short forms ("Macron", "Chairman Lee") then resolve inside their article to the most recent compatible
 * full name. Whole-string similarity is never used: it would merge a father and son one syllable apart (Lee Jae-ho, Lee Jae-hun).
 */
import type { Corrections, Judgement, PersonData } from '../../schema.ts';
import { calmCase, eastAsianFamily, familyKey, foldWord, givenNamesAgree, koreanFamiliesAgree, nameShape, plainSpelling, syllablesAgree, undoubled, type NameShape } from '../names.ts';
import { addTo, lowerBound } from '../group.ts';
import { editDistance, foldName } from '../text.ts';
import type { PersonMention } from '../types.ts';
import { canonical, Clusters, type Form } from './clusters.ts';
import { countryOf, findCountries, isAmbiguousDemonym } from '../countries.ts';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../../lexicons/titles.ts';
import type { ArticleInput, EntityOut, MentionSink } from './types.ts';

interface PersonForm extends Form {
  shape: NameShape;
  /** foldName(name), made once: every pair in a block compares it. */
  folded: string;
  roles: Set<string>;
  countries: Set<string>;
  count: number;
}

/** Role words compared regardless of order, spelling and "of": "Minister of Defense" = "Defence Minister". */
const roleKey = (role: string): string =>
  foldName(role)
    .replace(/defence/g, 'defense')
    .replace(/\beuropean(?: union)?\b/g, 'eu')
    .split(' ')
    .filter((w) => !['of', 'the', 'for', 'and', 'to', 'a'].includes(w))
    .sort()
    .join(' ');

type Verdict = Omit<Judgement, 'articles' | 'alias' | 'matched'> | null;

/**
 * The body a role is a post in, when the role names one of three words or more ("chief executive of the
 * National Disaster Authority" → "national disaster authority"; a country's possessive before it left out,
 * "head of Nepal's National Disaster Authority"): two names one letter apart with posts in one body are one
 * person as surely as with the same post. A body named before the title counts too (bodyBefore).
 */
function bodyOf(role: string): string | null {
  const named = bodyBefore(role);
  if (named) return named;
  const m = /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?((?:\p{Lu}[\p{L}'’-]*|and|of|for|the)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|for|the))+)$/u.exec(role);
  const words = m?.[1]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)) ?? [];
  return words.length >= 3 ? words.join(' ').toLowerCase() : null;
}

/**
 * The body named before a title, as a company or party names its officers ("Tirrenia chief", "Tirrenia
 * Chief Executive Officer", "Acme's chief executive" → "tirrenia", "acme"): the capitalised words right
 * before the first title word, none of them a title word, a country or a nationality ("German Chancellor",
 * "Foreign Minister" name no body).
 */
function bodyBefore(role: string): string | null {
  const words = role.split(/\s+/).map((w) => w.replace(/['’]s$/u, ''));
  const title = words.findIndex((w) => ROLE_HEADS.has(foldWord(w)) || ROLE_MODIFIERS.has(foldWord(w)));
  const body = words.slice(0, title);
  // (the title word a head, or a modifier before one: "Tirrenia Chief Executive", "Acme senior counsel")
  const head = (w: string | undefined): boolean => w !== undefined && ROLE_HEADS.has(foldWord(w));
  if (title < 1 || !(head(words[title]) || head(words[title + 1]))) return null;
  const proper = (w: string): boolean => /^\p{Lu}/u.test(w) && countryOf(w) === null && !isAmbiguousDemonym(w);
  return body.every(proper) ? body.join(' ').toLowerCase() : null;
}

/** Are two full names one person? Token by token, with the lexicons' variants; a weak match needs more. */
export function compareNames(a: PersonForm, b: PersonForm, ambiguous?: ReadonlySet<string>): Verdict {
  const x = a.shape;
  const y = b.shape;
  if (x.kind !== y.kind || x.kind === 'single') return null;
  if (a.folded === b.folded) return { strength: 'exact', reason: 'same name, spelt alike up to case, hyphens and accents' };
  if (x.kind === 'east-asian') {
    if (!(x.family === y.family || koreanFamiliesAgree(x.family, y.family))) return null;
    const same = x.given.length === y.given.length ? x.given.every((s, i) => syllablesAgree(s, y.given[i]!)) : x.given.join('') === y.given.join('');
    if (!same) return null;
    return { strength: 'strong', reason: `family name ${x.family} ~ ${y.family} and every syllable (${x.given.join('-')} ~ ${y.given.join('-')}) agree up to romanisation` };
  }
  // "Lula da Silva" is "Luiz Inácio Lula da Silva" by his family names alone (NameShape.compound).
  if (x.compound === b.folded || y.compound === a.folded) {
    const [full, short] = x.compound === b.folded ? [a, b] : [b, a];
    return { strength: 'strong', reason: `${short.name} is ${full.name}'s two family names, written alone` };
  }
  const gx = x.given[0];
  const gy = y.given[0];
  let given = gx && gy ? givenNamesAgree(gx, gy) : null;
  // "Tayyip Erdogan" is "Recep Tayyip Erdoğan" by his second given name, with the same family name, when no
  // article names both (one that does tells two people apart: "Mary Ann Smith ... Ann Smith"), when neither
  // name goes through a father's ("Salman bin Abdulaziz", "Mohammed bin Salman"), and with a second piece
  // of evidence, the same role or country ("María José García" need not be "José García").
  const apart = (): boolean => [...a.articles].some((id) => b.articles.has(id));
  const patronyms = /\b(?:bin|ibn|bint|ben)\b/.test(`${a.folded} ${b.folded}`);
  const alike = (): boolean => [...a.roles].some((r) => [...b.roles].some((s) => roleKey(s) === roleKey(r))) || [...a.countries].some((c) => b.countries.has(c));
  if (!given && gx && gy && x.family === y.family && !patronyms && (y.given.slice(1).some((g) => givenNamesAgree(gx, g)) || x.given.slice(1).some((g) => givenNamesAgree(gy, g))) && !apart() && alike()) given = 'same';
  if (!given) return null;
  const givenWhy = given === 'same' ? `given name ${gx}` : `given name ${gx} ~ ${gy} (${given === 'variant' ? 'transliteration variants' : given === 'spelling' ? 'spelling variants' : 'initial'})`;
  // (short given names spelt alike but for a letter may be two names, "Hamad" and "Hammad", "Ana" and "Anna":
  // with the same family name, a second piece of evidence too, or a family name of two joined, "Vollmer-Hesse";
  // longer ones are one name, "Matthias" and "Mathias")
  const short = given === 'spelling' && plainSpelling(gx!).length <= 5;
  if (x.family === y.family && short && !(alike() || postsIn(a, b).shared || x.family.includes('-'))) return null;
  if (x.family === y.family) return { strength: 'strong', reason: `${givenWhy}; same family name ${x.family}` };
  // "Krämer" is "Kraemer" as German writes it without the umlaut (any-ascii folds it to "Kramer").
  const umlaut = (f: PersonForm): string | null => (/[äöüÄÖÜ]/.test(f.name) ? nameShape(f.name.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT[c]!)).family : null);
  if (umlaut(a) === y.family || umlaut(b) === x.family) return { strength: 'strong', reason: `${givenWhy}; family name ${x.family} ~ ${y.family} (an umlaut written out)` };
  // "Joaquín Restrepo" is "Joaquín Restrepo Uribe" without his second family name: a name with one family
  // name against one with two ("Ana Torres Vega" and "Ana Vega Torres" are two people), and only when no
  // other name with the same given names has that first family name with another second ("Carlos Lleras"
  // could be "Carlos Lleras Restrepo" or his son "Carlos Lleras de la Fuente").
  const [two, one] = x.second !== null && x.second === y.family && y.second === null ? [a, b] : y.second !== null && y.second === x.family && x.second === null ? [b, a] : [null, null];
  // (the same given names, the longer name's first family name aside: "Ana Vega Torres" is not "Ana Torres
  // Vega" without her second, "Vega" being a given name too)
  const sameGiven = (long: NameShape, short: NameShape): boolean => long.given.length - 1 === short.given.length && short.given.every((g, i) => givenNamesAgree(g, long.given[i]!) !== null);
  if (two && one && sameGiven(two.shape, one.shape) && !ambiguous?.has(`${two.shape.given.join(' ')}|${two.shape.second}`)) return { strength: 'strong', reason: `${givenWhy}; family name ${one.shape.family}, the first of two in ${two.name}` };
  if (editDistance(x.family, y.family) !== 1 || Math.min(x.family.length, y.family.length) < 5) return null;
  // One letter apart: two people can be that close, so a second piece of evidence is required.
  if ([...a.articles].some((id) => b.articles.has(id))) return null;
  const role = [...a.roles].find((r) => [...b.roles].some((s) => roleKey(s) === roleKey(r)));
  const country = [...a.countries].find((c) => b.countries.has(c));
  // (or a post in the same body: "chief executive of the National Disaster Authority", "head of the National Disaster Authority")
  const { shared: body, apart: otherBodies } = postsIn(a, b);
  // (or, for a letter doubled or not, "Vilela" and "Villela", the most common slip, the same title: "APAV
  // president", "its president"; not posts in two bodies, "Marvola chief" and "Dunmore chief")
  // (and no role, title or body makes one person of two whose countries differ, Iraq's president and Egypt's;
  // unless a country may be where a post is, not whose: "Ambassador to France")
  const posted = [...a.roles, ...b.roles].some((r) => /\b(?:to|in)\s+(?:the\s+)?\p{Lu}/u.test(r));
  if (a.countries.size > 0 && b.countries.size > 0 && !country && !posted) return null;
  const title = undoubled(x.family) === undoubled(y.family) && !otherBodies ? [...a.roles].map(titleOf).find((t) => t && [...b.roles].some((r) => titleOf(r) === t)) : undefined;
  const second = role ? `same role (${role})` : country ? `same country (${country})` : body ? `a post in the same body (${body})` : title ? `a letter doubled, and the same title (${title})` : null;
  if (!second) return null;
  return { strength: 'weak', reason: `${givenWhy}; family name ${x.family} ~ ${y.family} (one letter apart); ${second}` };
}

/** The first body both names hold posts in (bodyOf), and whether each holds posts in bodies and none is shared. */
function postsIn(a: PersonForm, b: PersonForm): { shared: string | undefined; apart: boolean } {
  const bodies = (f: PersonForm): string[] => [...f.roles].map(bodyOf).filter((k) => k !== null);
  const [ofA, ofB] = [bodies(a), bodies(b)];
  const shared = ofA.find((k) => ofB.includes(k));
  return { shared, apart: ofA.length > 0 && ofB.length > 0 && !shared };
}

/**
 * A role's title, its words of title in order ("APAV president" → "president", "Chief economist" → "chief
 * economist", "Lieutenant General" → "lieutenant general"), when it names one post: spokesmen, officials,
 * officers, analysts and the like are many.
 */
function titleOf(role: string): string | undefined {
  const words = role.toLowerCase().split(/\s+/).filter((w) => (ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w)) && !LINKS.has(w));
  return words.some((w) => ROLE_HEADS.has(w)) && !words.some((w) => MANY.has(w)) ? words.join(' ') : undefined;
}
const LINKS = new Set(['of', 'the', 'for', 'to', 'and', 'on', 'in', 'at']);
const MANY = new Set('spokesman spokeswoman spokesperson official officer analyst expert member adviser advisor aide assistant representative delegate diplomat correspondent reporter journalist editor lawyer attorney counsel researcher fellow professor economist scholar lawmaker legislator mp senator deputy judge prosecutor envoy consul'.split(' '));

/** An umlaut as German writes it out. */
const UMLAUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * The key names are blocked by: only forms sharing it, or in the next block of the same letter, are compared.
 * Western names by the first letter and the length of their family name: compareNames finds none alike
 * whose family names differ in length by more than one letter (one letter apart at most: "Jansen", "Janssen";
 * an umlaut written out adds one: "Krämer", "Kraemer").
 */
function blockKey(shape: NameShape): string {
  if (shape.kind === 'east-asian') return `ea:${eastAsianFamily(shape.family) ?? shape.family}`;
  return westernKey(shape.family);
}
// (a name that opens with "Ch" is filed with the H names: "Christodoulou" and "Hristodoulou", "Chernov" and
// "Hernov", one letter apart as transliterations of Χ and Х write them)
const westernKey = (family: string): string => (family.startsWith('ch') ? `w:h:${family.length - 1}` : `w:${family[0] ?? ''}:${family.length}`);
/** The block of the same letter and a family name one letter longer, whose forms are compared with a block's too. */
const nextBlock = (key: string): string | null => {
  const m = /^w:(.*):(\d+)$/s.exec(key);
  return m ? `w:${m[1]}:${Number(m[2]) + 1}` : null;
};

/**
 * The forms of a Western block that compareNames could join a form to, by their positions: those whose
 * family name is the form's or one letter from it (two names one letter apart lose the same letter, or one
 * is the other less a letter: each family name is filed under itself and under each of its one-letter
 * deletions), and those linked by a first family name ("Restrepo" of "Joaquín Restrepo Uribe"). Judging only
 * these keeps a block of thousands of names that share an initial and a length from being judged pair by pair.
 */
class Near {
  private byKey = new Map<string, number[]>();
  private byFamily = new Map<string, number[]>();
  private bySecond = new Map<string, number[]>();

  constructor(forms: PersonForm[]) {
    forms.forEach(({ shape }, i) => {
      for (const key of deletions(shape.family)) addTo(this.byKey, key, i);
      addTo(this.byFamily, shape.family, i);
      if (shape.second) addTo(this.bySecond, shape.second, i);
    });
  }

  /** The positions, ascending and once each. */
  around({ shape }: PersonForm): number[] {
    const found = new Set<number>();
    for (const key of deletions(shape.family)) for (const i of this.byKey.get(key) ?? []) found.add(i);
    for (const i of (shape.second && this.byFamily.get(shape.second)) || []) found.add(i);
    for (const i of this.bySecond.get(shape.family) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  }
}

/** A word and each of its forms less one letter. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export function resolvePeople(inputs: ArticleInput[], corrections: Corrections | undefined, sink: MentionSink): EntityOut<PersonData>[] {
  // A company some article names formally ("Hanwha Aerospace Co Ltd") is no one in another: neither its name
  // ("Hanwha Aerospace said") nor its first word alone ("Hanwha said").
  const companyNames = new Set(inputs.flatMap((i) => i.extraction.companies.map(foldName)));
  const companies = new Set(inputs.flatMap((i) => i.extraction.companies.filter((c) => !c.includes(' ')).map(familyKey)));
  // A word after a title is a person's name, though a company bears it too ("President Trump" beside "Trump
  // Media & Technology Group"): then "Trump said" is the person too.
  const titled = new Set(inputs.flatMap((i) => i.extraction.people.filter((m) => m.short && m.cue === 'title').map((m) => familyKey(m.name))));
  // 1. Full names, grouped by their folded spelling.
  const forms: PersonForm[] = [];
  const byFold = new Map<string, number>();
  const formOf = new Map<PersonMention, number>();
  for (const { id, extraction } of inputs) {
    for (const m of extraction.people) {
      if (m.short || (companyNames.size && companyNames.has(foldName(m.name)))) continue;
      const key = m.name.normalize('NFC');
      let f = byFold.get(key);
      if (f === undefined) {
        f = forms.push({ name: m.name, articles: new Set(), shape: nameShape(m.name), folded: foldName(m.name), roles: new Set(), countries: new Set(), count: 0 }) - 1;
        byFold.set(key, f);
      }
      const form = forms[f]!;
      form.articles.add(id);
      form.count++;
      m.roles.forEach((r) => form.roles.add(r));
      if (m.country) form.countries.add(m.country);
      formOf.set(m, f);
    }
  }
  // "Gustavo Petro Urrego": its middle word is a given name too ("Petro"), so alone it reads as two given names
  // and a family name. It is the first of two family names, as in "Joaquín Restrepo Uribe", when the dossier
  // also names him by the first two words ("Gustavo Petro") and calls him by that word alone
  // ("Petro said"); then "Petro Urrego" is the two written alone. ("Juan Carlos" is not "Juan Carlos Varela":
  // nobody is "Carlos" alone.)
  const words = (f: PersonForm): string[] => f.name.trim().split(/\s+/);
  const lone = new Set(inputs.flatMap((i) => i.extraction.people.filter((m) => m.short && !m.name.includes(' ')).map((m) => familyKey(m.name))));
  const pairs = new Map<string, PersonForm[]>();
  for (const f of forms) if (f.shape.kind === 'western' && words(f).length === 2) addTo(pairs, `${f.shape.given[0]}|${f.shape.family}`, f);
  for (const f of forms) {
    const { shape } = f;
    if (shape.kind !== 'western' || shape.second !== null || shape.given.length !== 2 || words(f).length !== 3 || !lone.has(shape.given[1]!)) continue;
    const shorter = pairs.get(`${shape.given[0]}|${shape.given[1]}`);
    if (shorter?.length) f.shape = { ...shape, second: shape.given[1]!, compound: foldName(words(f).slice(1).join(' ')) };
  }
  // 2. Compare within blocks.
  const clusters = new Clusters(forms, corrections);
  const blocks = new Map<string, number[]>();
  forms.forEach((f, i) => addTo(blocks, blockKey(f.shape), i));
  // A name with two family names is compared with the names of its first too ("Joaquín Restrepo" with
  // "Joaquín Restrepo Uribe"), once: a pair that meets in two blocks is judged in the first.
  const twice = new Set<number>();
  forms.forEach((f, i) => {
    const key = f.shape.second && westernKey(f.shape.second);
    if (key && key !== blockKey(f.shape)) (addTo(blocks, key, i), twice.add(i));
  });
  const judged = new Set<string>();
  // Given names and first family name that more than one name with two family names shares (see compareNames).
  const seconds = new Map<string, string[]>();
  for (const f of forms) if (f.shape.second) addTo(seconds, `${f.shape.given.join(' ')}|${f.shape.second}`, f.shape.family);
  const ambiguous = new Set([...seconds].filter(([, families]) => new Set(families).size > 1).map(([k]) => k));
  const judge = (p: number, q: number): void => {
    const [i, j] = p < q ? [p, q] : [q, p];
    if (twice.has(i) || twice.has(j)) {
      const pair = `${i} ${j}`;
      if (judged.has(pair)) return;
      judged.add(pair);
    }
    const a = forms[i]!;
    const b = forms[j]!;
    const v = compareNames(a, b, ambiguous);
    if (v) clusters.union(i, j, { alias: b.name, matched: a.name, ...v });
  };
  // Within a Western block, each form is judged only with the forms compareNames could join it to (Near), in
  // the order every pair was once judged in, so the same judgements are made; East Asian blocks are judged whole.
  for (const [key, members] of blocks) {
    const next = nextBlock(key);
    const longer = next ? blocks.get(next) : undefined;
    if (!key.startsWith('w:')) {
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) judge(members[i]!, members[j]!);
      if (longer) for (const p of members) for (const q of longer) judge(p, q);
      continue;
    }
    const near = new Near(members.map((m) => forms[m]!));
    members.forEach((p, i) => {
      for (const j of near.around(forms[p]!)) if (j > i) judge(p, members[j]!);
    });
    if (!longer) continue;
    const nearLonger = new Near(longer.map((m) => forms[m]!));
    for (const p of members) for (const j of nearLonger.around(forms[p]!)) judge(p, longer[j]!);
  }
  // The same name, spelt alike but for a hyphen, is blocked apart when the hyphen makes one family name of
  // two ("Katrin Vollmer-Hesse", "Katrin Vollmer Hesse"): each such form is judged with the first of its spelling.
  const firstOfFold = new Map<string, number>();
  forms.forEach((f, i) => {
    const first = firstOfFold.get(f.folded);
    if (first === undefined) firstOfFold.set(f.folded, i);
    else if (blockKey(forms[first]!.shape) !== blockKey(f.shape)) judge(first, i);
  });
  const unknownMerges = clusters.applyMerges(corrections);
  const { groups, groupOf, evidence: evidenceOf } = clusters.resolved();

  // 3. Short forms: the most recent compatible full name in the article, else the only (or best-known) one.
  const familyOf = (f: number): string => forms[f]!.shape.family;
  // A short form of several words ("Lula da Silva", marked short by extract/index.ts) ends its full name.
  // Whether a short form fits a full form: by the family name, the name's ending, or the first of two family
  // names, which Spanish and Portuguese names are called by ("Uribe" of "Álvaro Uribe Vélez").
  const shortFit = (short: string, f: number): boolean => {
    if (short.includes(' ')) return forms[f]!.folded.endsWith(` ${foldName(short)}`);
    const fam = familyOf(f);
    const s = familyKey(short);
    return fam === s || forms[f]!.shape.second === s || (forms[f]!.shape.kind === 'east-asian' && koreanFamiliesAgree(fam, s));
  };
  const mentionCount = groups.map((g) => g.reduce((n, f) => n + forms[f]!.count, 0));
  const assigned = new Map<PersonMention, { group: number; why: string }>();
  const singles = new Map<string, number>();
  const singleGroups: { name: string; articles: Set<string> }[] = [];
  // Which groups a short form fits, by the short form's folded spelling: computed once per spelling.
  const fitting = new Map<string, number[]>();
  const groupsFitting = (short: string): number[] => {
    const key = foldWord(short);
    let list = fitting.get(key);
    if (!list) fitting.set(key, (list = groups.flatMap((g, gi) => (g.some((f) => shortFit(short, f)) ? [gi] : []))));
    return list;
  };
  for (const { id, extraction } of inputs) {
    // Each full form of the article with the positions it occurs at, ascending: a short form looks up the
    // nearest fitting one before (or after) it by binary search, not by scanning every mention.
    const at = new Map<number, number[]>();
    extraction.people.forEach((m, i) => {
      const f = formOf.get(m);
      if (!m.short && f !== undefined) addTo(at, f, i);
    });
    // How well a short form fits a full form, by form and then spelling: worked out once per article.
    const fits = new Map<number, Map<string, boolean>>();
    const fitOf = (name: string, f: number): boolean => {
      let byName = fits.get(f);
      if (!byName) fits.set(f, (byName = new Map()));
      let fit = byName.get(name);
      if (fit === undefined) byName.set(name, (fit = shortFit(name, f)));
      return fit;
    };
    // The forms a short form may fit, looked up by the key it would fit them by (its family name, a first of
    // two, the last word of a name's ending), and the East Asian forms, whose family names have variants: an
    // article naming a thousand people had each short form tried against all of them.
    const byFamily = new Map<string, number[]>();
    const byLast = new Map<string, number[]>();
    const eastAsian: number[] = [];
    for (const f of at.keys()) {
      const { shape, folded } = forms[f]!;
      addTo(byFamily, shape.family, f);
      if (shape.second && shape.second !== shape.family) addTo(byFamily, shape.second, f);
      if (shape.kind === 'east-asian') eastAsian.push(f);
      addTo(byLast, folded.slice(folded.lastIndexOf(' ') + 1), f);
    }
    const candidates = (short: string): number[] => {
      if (short.includes(' ')) {
        const folded = foldName(short);
        return byLast.get(folded.slice(folded.lastIndexOf(' ') + 1)) ?? [];
      }
      const listed = byFamily.get(familyKey(short)) ?? [];
      return eastAsian.length ? [...new Set([...listed, ...eastAsian])] : listed;
    };
    extraction.people.forEach((m, i) => {
      if (!m.short) return;
      let before: number | null = null;
      let after: number | null = null;
      for (const f of candidates(m.name)) {
        if (!fitOf(m.name, f)) continue;
        const positions = at.get(f)!;
        const lo = lowerBound(positions, i, (x) => x);
        if (lo > 0 && (before === null || positions[lo - 1]! > before)) before = positions[lo - 1]!;
        if (lo < positions.length && (after === null || positions[lo]! < after)) after = positions[lo]!;
      }
      const localAt = before ?? after;
      if (localAt !== null) {
        const local = extraction.people[localAt]!;
        assigned.set(m, { group: groupOf.get(formOf.get(local)!)!, why: `short form of ${local.name}, the ${before !== null ? 'most recent' : 'next'} full name in the article it fits` });
        return;
      }
      const global = [...groupsFitting(m.name)];
      if (global.length) {
        const best = global.sort((p, q) => mentionCount[q]! - mentionCount[p]! || p - q)[0]!;
        const name = forms[groups[best]![0]!]!.name;
        assigned.set(m, { group: best, why: global.length === 1 ? `short form; ${name} is the only person of that family name in the dossier` : `short form; ${name} is the most mentioned of ${global.length} people with that family name` });
        return;
      }
      if (m.cue === 'none') return; // a capitalised word that names nobody we know
      const key = familyKey(m.name);
      if (companies.has(key) && !titled.has(key)) return;
      let s = singles.get(key);
      if (s === undefined) {
        s = singleGroups.push({ name: m.name, articles: new Set() }) - 1;
        singles.set(key, s);
      }
      singleGroups[s]!.articles.add(id);
      assigned.set(m, { group: groups.length + s, why: `named only by family name, after a ${m.cue === 'title' ? 'title' : 'verb of speech'}` });
    });
  }

  // 4. Entities.
  const all: { forms: PersonForm[]; single?: { name: string; articles: Set<string> } }[] = [
    ...groups.map((g) => ({ forms: g.map((f) => forms[f]!) })),
    ...singleGroups.map((s) => ({ forms: [], single: s })),
  ];
  const out: EntityOut<PersonData>[] = all.map((g, gi) => {
    const single = g.single;
    // (a name only ever set in capitals is shown as names are written; its spelling stays among the aliases)
    const display = calmCase(single ? single.name : canonical(g.forms, (f) => f.count).name);
    const evidence = evidenceOf(gi);
    return {
      name: display,
      data: {
        name: display,
        aliases: single ? [{ name: single.name, articles: [...single.articles] }] : g.forms.map((f) => ({ name: f.name, articles: [...f.articles] })),
        roles: [],
        country: null,
        countries: [],
        articles: [],
        mentions: [],
        quotes: [],
        evidence,
        alongside: [],
        description: null,
      },
    };
  });
  const shortWhy = new Map<string, Judgement>();
  const once = new Set<string>(); // (person, role or country, article) already recorded
  for (const input of inputs) {
    input.extraction.people.forEach((m, i) => {
      const f = formOf.get(m);
      const gi = m.short ? assigned.get(m)?.group : f === undefined ? undefined : groupOf.get(f);
      if (gi === undefined) return;
      const e = out[gi]!.data;
      sink.person(input, i, gi);
      // Articles come one at a time: an id already listed is the last one (a search per mention grew with the dossier).
      if (e.articles.at(-1) !== input.id) e.articles.push(input.id);
      e.mentions.push(sink.ref(input, m));
      for (const role of m.roles) {
        if (!once.has(`${gi}\u0000r\u0000${role}\u0000${input.id}`)) e.roles.push({ role, article: input.id, paragraph: m.block });
        once.add(`${gi}\u0000r\u0000${role}\u0000${input.id}`);
      }
      if (m.country && !once.has(`${gi}\u0000c\u0000${m.country}\u0000${input.id}`)) e.countries.push({ country: m.country, article: input.id });
      if (m.country) once.add(`${gi}\u0000c\u0000${m.country}\u0000${input.id}`);
      const why = m.short ? assigned.get(m)?.why : undefined;
      if (why && out[gi]!.data.aliases.length) {
        const key = `${gi}\u0000${m.name}`;
        const j = shortWhy.get(key) ?? { alias: m.name, matched: e.name, reason: why, strength: 'short-form' as const, articles: [] };
        if (j.articles.at(-1) !== input.id) j.articles.push(input.id);
        if (!shortWhy.has(key)) e.evidence.push(j);
        shortWhy.set(key, j);
      }
    });
  }
  // Companions take the side of the person they accompanied when the text gives them none.
  for (const input of inputs) {
    input.extraction.people.forEach((m, i) => {
      if (m.companionOf === null || m.country) return;
      const gi = sink.personOf(input, i);
      const host = sink.personOf(input, m.companionOf);
      if (gi === undefined || host === undefined) return;
      const hostCountry = majority(out[host]!.data.countries.map((c) => c.country));
      const e = out[gi]!.data;
      if (hostCountry && !e.countries.some((c) => c.article === input.id)) e.countries.push({ country: hostCountry, article: input.id });
    });
  }
  for (const e of out) e.data.country = majority(e.data.countries.map((c) => c.country));
  // Quotes, with descriptive speakers ("the Russian president") matched on role and country among the
  // people of the same article (indexed once: a scan of everyone per quote grew with the dossier's square).
  const inArticle = new Map<string, Map<number, number>>(); // article → person → mentions there
  out.forEach((p, i) => {
    for (const m of p.data.mentions) {
      const here = inArticle.get(m.article) ?? inArticle.set(m.article, new Map()).get(m.article)!;
      here.set(i, (here.get(i) ?? 0) + 1);
    }
  });
  for (const input of inputs) {
    for (const q of input.extraction.quotes) {
      const gi = 'mention' in q.speaker ? sink.personOf(input, q.speaker.mention) : describe(q.speaker.description, inArticle.get(input.id) ?? new Map(), out);
      if (gi !== undefined) out[gi]!.data.quotes.push({ text: q.text, article: input.id, paragraph: q.block });
    }
  }
  if (unknownMerges.length) sink.warn(null, `dossier.yaml people.merge names no person found: ${unknownMerges.join(', ')}`);
  return out;
}

function majority(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** "the Russian president" → the person of that country with that role in the article, if only one fits (`here`: the article's people and their mention counts). */
function describe(description: string, here: Map<number, number>, people: EntityOut<PersonData>[]): number | undefined {
  const country = findCountries(description)[0]?.country ?? null;
  const heads = description.toLowerCase().split(/\s+/).filter((w) => ROLE_HEADS.has(w));
  const scored = [...here]
    .map(([i, n]) => {
      const p = people[i]!;
      if (country && !p.data.countries.some((c) => c.country === country)) return { i, score: -1, n };
      const role = heads.some((h) => p.data.roles.some((r) => r.role.toLowerCase().split(/\s+/).includes(h)));
      return { i, score: (role ? 2 : 0) + (country ? 1 : 0) + (heads.length ? 0 : 1), n };
    })
    .filter((s) => s.score >= 1)
    .sort((a, b) => b.score - a.score || b.n - a.n || a.i - b.i);
  // A role that fits, or else the only person of that country in the article ("the Russian leader").
  if ((scored[0]?.score ?? 0) >= 2) return scored[0]!.i;
  return country && scored.length === 1 ? scored[0]!.i : undefined;
}
