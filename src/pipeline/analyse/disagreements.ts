/**
 * Where the sources disagree: a role given with a different rank, a different weekday, day or duration for the
 * same event, an agreement signed in one source and still expected in another, and the spellings of one name.
 * Each disagreement lists its sides, each side with the paragraphs that give it.
 */
import type { AgreementData, Cite, Disagreement, MentionRef, PersonData } from '../../schema.ts';
import { addTo } from '../group.ts';
import { countryOf } from '../countries.ts';
import type { Entity } from '../resolve/index.ts';
import type { Count } from './counts.ts';
import type { Magnitude } from './magnitudes.ts';
import type { Penalty } from './penalties.ts';
import type { Share } from './shares.ts';
import { EVENT_LABEL, eventKey, type Amount, type Statement } from './events.ts';
import { addCite } from './sentences.ts';

type Side = Disagreement['sides'][number];


/** Words that change a rank: "Deputy Prime Minister" and "First Deputy Prime Minister" are different posts. */
const RANK = new Set(['first', 'second', 'third', 'deputy', 'vice', 'acting', 'former', 'senior', 'assistant', 'associate', 'executive', 'chief', 'interim', 'under']);
const roleWords = (role: string): string[] =>
  role
    .toLowerCase()
    .replace(/[-‐‑–]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !['the', 'of', 'a', 'an'].includes(w) && !countryOf(w[0]!.toUpperCase() + w.slice(1)));

/** True when two roles name the same post at different ranks: they differ only in rank words. */
export function rankConflict(a: string, b: string): boolean {
  const x = roleWords(a);
  const y = roleWords(b);
  const sx = new Set(x);
  const sy = new Set(y);
  const diff = [...x.filter((w) => !sy.has(w)), ...y.filter((w) => !sx.has(w))];
  return diff.length > 0 && diff.every((w) => RANK.has(w)) && x.some((w) => sy.has(w) && !RANK.has(w));
}

export function roleDisagreements(people: Entity<PersonData>[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const { id, data } of people) {
    const sides = new Map<string, Side>();
    for (const r of data.roles) {
      const key = roleWords(r.role).join(' ');
      let side = sides.get(key);
      if (!side) sides.set(key, (side = { value: r.role, cites: [] }));
      addCite(side.cites, { article: r.article, paragraph: r.paragraph });
    }
    // Two roles conflict only when their words other than rank words are the same (rankConflict): each is
    // compared with the roles of its post, not with all of them (a person given a thousand posts made a
    // million comparisons).
    const list = [...sides.values()];
    const postOf = new Map(list.map((side) => [side, [...new Set(roleWords(side.value).filter((w) => !RANK.has(w)))].sort().join(' ')]));
    const posts = new Map<string, Side[]>();
    for (const [side, post] of postOf) addTo(posts, post, side);
    const conflicting = list.filter((a) => posts.get(postOf.get(a)!)!.some((b) => a !== b && rankConflict(a.value, b.value) && differentSources(a, b)));
    if (conflicting.length >= 2) out.push({ topic: 'role', subject: { kind: 'person', id }, about: `${data.name}: the post each source gives`, note: null, sides: conflicting });
  }
  return out;
}

const differentSources = (a: Side, b: Side): boolean => a.cites.some((x) => b.cites.some((y) => x.article !== y.article));

/** An agreement said to be signed in one source and only expected (or denied) in another. */
export function statusDisagreements(agreements: Entity<AgreementData>[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const { id, data } of agreements) {
    const sides = new Map<string, Side>();
    for (const s of data.status) {
      let side = sides.get(s.status);
      if (!side) sides.set(s.status, (side = { value: s.status, cites: [] }));
      addCite(side.cites, { article: s.article, paragraph: s.paragraph });
    }
    const has = (s: string): boolean => sides.has(s);
    if ((has('signed') && (has('expected') || has('denied'))) || (has('alleged') && has('denied'))) {
      const sidesOut = [...sides.values()].filter((s) => s.value !== 'referenced');
      // One article reporting a claim and its denial is a dispute it reports, not sources disagreeing.
      if (new Set(sidesOut.flatMap((s) => s.cites.map((c) => c.article))).size < 2) continue;
      out.push({ topic: 'status', subject: { kind: 'agreement', id }, about: `${data.name}: signed or not, by source`, note: has('signed') && has('expected') ? 'A report written before the signing may say "expected" of a document signed later: compare the dates of the sources.' : null, sides: sidesOut });
    }
  }
  return out;
}

/** What one source says of one thing: the words as written, a comparable form, and where. */
type Said = Pick<Statement, 'value' | 'norm' | 'cite'>;

/**
 * For each thing (by `keyOf`) that different sources say different things of, the sides; in the order first
 * said, or, with `byNumber`, from the smallest number up (a rising toll reads as one: 12, 14, 15, 16).
 */
function differing<T extends Said>(statements: T[], keyOf: (s: T) => string, byNumber = false): { key: string; sides: Side[] }[] {
  const out: { key: string; sides: Side[] }[] = [];
  const byKey = new Map<string, T[]>(); // (grouped in one pass: a dossier's sums have many keys)
  for (const s of statements) addTo(byKey, keyOf(s), s);
  for (const [key, said] of byKey) {
    const sides = new Map<string, Side & { articles: Set<string> }>();
    for (const s of said) {
      let side = sides.get(s.norm);
      if (!side) sides.set(s.norm, (side = { value: s.value, cites: [], articles: new Set() }));
      else if (!side.value.toLowerCase().split(' / ').includes(s.value.toLowerCase())) side.value = `${side.value} / ${s.value}`;
      addCite(side.cites, s.cite);
      side.articles.add(s.cite.article);
    }
    const value = (norm: string): number => Number(norm.slice(norm.lastIndexOf(' ') + 1));
    const list = byNumber ? [...sides].sort(([a], [b]) => value(a) - value(b)).map(([, side]) => side) : [...sides.values()];
    // Only when different articles say different things: one article correcting itself is not a dispute.
    const articles = new Set(list.flatMap((s) => [...s.articles]));
    if (list.length < 2 || articles.size < 2 || list.every((s) => s.articles.size === articles.size)) continue;
    out.push({ key, sides: list.map(({ value, cites }) => ({ value, cites })) });
  }
  return out;
}

/** Statements of the same kind about the same event that differ between sources. */
export function eventDisagreements(
  topic: 'day' | 'date' | 'duration',
  statements: Statement[],
  note?: (sides: Side[], of: Statement) => string | null,
  nameOf: (person: string) => string | undefined = () => undefined,
  keyOf: (s: Statement) => string = eventKey(statements),
): Disagreement[] {
  const what = { day: 'the day of', date: 'the date of', duration: 'how long' }[topic];
  const first = new Map<string, Statement>();
  for (const s of statements) if (!first.has(keyOf(s))) first.set(keyOf(s), s);
  return differing(statements, keyOf).map(({ key, sides }) => {
    const of = first.get(key)!;
    const event = EVENT_LABEL[of.event];
    // (whose resignation, when the sources name the person: "the day of Jane Doe's resignation")
    const person = of.event === 'resignation' ? key.split('\u0000')[1]!.replace(/^person:/, '') : '';
    const name = person ? nameOf(person) : undefined;
    const label = name ? `${name}'s ${of.event}` : event;
    return { topic, subject: null, about: topic === 'duration' ? `how long ${event} lasted` : `${what} ${label}`, note: note?.(sides, of) ?? null, sides };
  });
}

/** Different sums of money for the same thing, in the same currency ("a €30 billion aid package" / "€35 billion"). */
export function amountDisagreements(statements: Amount[]): Disagreement[] {
  // Sums are compared by what they are of: the head, the currency and the words before the head ("aid
  // package", "energy package"). A sum with no such words ("a €30 billion package") joins the one kind its
  // head has in the dossier, or none when it has several.
  // Kinds that share a word are one ("aid", "military aid", "emergency aid"): each head's kinds are joined
  // into groups word by word, and a sum's key is its group's first word.
  const head = (s: Amount): string => `${s.subject}\u0000${s.norm.split(' ')[0]}`;
  const groupOf = new Map<string, Map<string, string>>(); // head → word → its group's name
  for (const s of statements) {
    if (!s.kinds.length) continue;
    let words = groupOf.get(head(s));
    if (!words) groupOf.set(head(s), (words = new Map()));
    const joined = [...new Set(s.kinds.map((w) => words!.get(w) ?? w))];
    const name = joined.sort()[0]!;
    for (const [w, g] of words) if (joined.includes(g)) words.set(w, name);
    for (const w of s.kinds) words.set(w, name);
  }
  // Each head's groups once, and each sum's key once.
  const groups = new Map([...groupOf].map(([h, words]) => [h, [...new Set(words.values())]]));
  const keys = new Map(
    statements.map((s) => {
      const kinds = groups.get(head(s)) ?? [];
      const kind = s.kinds.length ? groupOf.get(head(s))!.get(s.kinds[0]!)! : kinds.length === 1 ? kinds[0]! : kinds.length ? null : '';
      return [s, kind === null ? null : `${head(s)}\u0000${kind}`] as const;
    }),
  );
  return differing(statements.filter((s) => keys.get(s) !== null), (s) => keys.get(s)!, true).map(({ key, sides }) => ({
    topic: 'amount',
    subject: null,
    about: `the sum of the ${key.split('\u0000')[0]}`,
    note: 'Sources may speak of different sums of one kind (two packages, say), or of a sum before and after it changed: compare the cited paragraphs.',
    sides,
  }));
}

/** Different counts of the same people (the killed, the injured) in different sources. */
export function countDisagreements(statements: Count[]): Disagreement[] {
  return differing(statements, (s) => s.subject, true).map(({ key, sides }) => ({
    topic: 'count' as const,
    subject: null,
    about: `the number of ${key}`,
    // (a toll rises as it is updated, and so do those freed as releases go on; how many were on board was so
    // from the start)
    note: key.endsWith(' on board') ? null : 'Counts rise as they are updated, so a later source may give a higher one: compare the dates of the sources.',
    sides,
  }));
}

/** Different shares in percent of the same thing (the turnout, one person's share of the vote) in different sources. */
export function shareDisagreements(statements: Share[], nameOf: (person: string) => string | undefined): Disagreement[] {
  return differing(statements, (s) => s.subject, true).map(({ key, sides }) => {
    const person = /^the vote for person:(.+)$/.exec(key)?.[1];
    return {
      topic: 'share' as const,
      subject: person ? { kind: 'person' as const, id: person } : null,
      about: person ? `${nameOf(person) ?? person}'s share of the vote` : `the ${key}`,
      note: 'Sources may round a share, or give it at a different stage of the count: compare the dates of the sources.',
      sides,
    };
  });
}

/** Different prison sentences for the same person in different sources. */
export function penaltyDisagreements(statements: Penalty[], nameOf: (person: string) => string | undefined): Disagreement[] {
  return differing(statements, (s) => s.subject, true).map(({ key, sides }) => {
    const person = key.slice('person:'.length);
    return {
      topic: 'penalty' as const,
      subject: { kind: 'person' as const, id: person },
      about: `${nameOf(person) ?? person}'s prison sentence`,
      note: 'A sentence may be changed on appeal, or given with the time already served taken off: compare the dates of the sources.',
      sides,
    };
  });
}

/** Different magnitudes of the earthquake in different sources. */
export function magnitudeDisagreements(statements: Magnitude[]): Disagreement[] {
  return differing(statements, () => 'quake', true).map(({ sides }) => ({
    topic: 'magnitude' as const,
    subject: null,
    about: 'the magnitude of the earthquake',
    note: 'Seismological agencies measure a quake differently and revise their figures: compare the cited paragraphs.',
    sides,
  }));
}

/** The spellings of one entity's name, each with where it was used. */
export function spellingVariants(kind: 'person' | 'agreement', entities: Entity<{ name: string; aliases: { name: string; articles: string[] }[]; mentions: MentionRef[] }>[]): Disagreement[] {
  const out: Disagreement[] = [];
  // A spelling is the sources' when their text has it. Forms that differ only in case ("JANE DOE" of a byline;
  // "Von der Leyen" opening a sentence) are one spelling, shown as the entity's name or as most sources write it.
  const plain = (s: string): string => s.toLowerCase().replace(/["“”«»]/g, '').replace(/\s+/g, ' ').trim();
  const written = (text: string, name: string): boolean => text === name || plain(text).endsWith(plain(name));
  for (const { id, data } of entities) {
    if (data.aliases.length < 2) continue;
    const byCase = new Map<string, { value: string; cites: Cite[] }[]>();
    for (const a of data.aliases) {
      // (an agreement's names only: "a new fundamental document", "plea deal" describe it, and are no spelling of it)
      if (kind === 'agreement' && !/^\p{Lu}/u.test(a.name)) continue;
      const cites = a.articles.flatMap((article) => {
        const m = data.mentions.find((x) => x.article === article && x.text === a.name) ?? data.mentions.find((x) => x.article === article && written(x.text, a.name));
        return m ? [{ article, paragraph: m.paragraph }] : [];
      });
      if (cites.length) addTo(byCase, a.name.toLowerCase(), { value: a.name, cites });
    }
    // A name without its last words ("Esteban Morales" of "Esteban Morales Quintero", as Spanish names drop
    // the second family name) is a shorter form, not another spelling: it goes with the longer.
    // (not an agreement's: "Treaty on Space Research III" is not "Treaty on Space Research" with less said)
    const keys = kind === 'person' ? [...byCase.keys()].sort((a, b) => b.length - a.length) : [];
    for (const short of [...keys].reverse()) {
      const long = keys.find((k) => k.length > short.length && k.startsWith(`${short} `) && byCase.has(k));
      if (!long || !byCase.has(short)) continue;
      byCase.get(long)!.push(...byCase.get(short)!);
      byCase.delete(short);
    }
    if (byCase.size < 2) continue;
    const sides = [...byCase.values()].map((forms) => ({
      value: forms.find((f) => f.value === data.name)?.value ?? [...forms].sort((x, y) => y.cites.length - x.cites.length)[0]!.value,
      cites: forms.flatMap((f) => f.cites),
    }));
    out.push({ topic: 'spelling', subject: { kind, id }, about: `the spelling of ${data.name}`, note: null, sides });
  }
  return out;
}
