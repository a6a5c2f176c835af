/**
 * What the sources say about when and how long the events happened: weekdays, calendar days and durations,
 * each tied to the event it is said of (the arrival, the talks, the signing, the visit) by the nearest event
 * word in the sentence. Statements about the same event that differ between sources are disagreements.
 */
import { WEEKDAY_PATTERN } from '../../lexicons/calendar.ts';
import type { Cite } from '../../schema.ts';
import type { Sentence } from './sentences.ts';
import { longDate, weekdayBefore } from '../dates.ts';
import { groupBy, lowerBound } from '../group.ts';
import { commonYear, datesIn } from './timeline.ts';
import { datelineEnd } from '../parse.ts';

export type EventKey = 'arrival' | 'talks' | 'signing' | 'visit' | 'departure' | 'incident' | 'verdict' | 'resignation' | 'exchange' | 'closure';

const EVENT_WORDS: [EventKey, RegExp][] = [
  ['arrival', /\b(?:arriv(?:ed|es|al|ing)|land(?:ed|ing)|greeted|welcomed)\b/gi],
  ['talks', /\b(?:talks|talked|meeting|met|negotiations?|discuss(?:ed|ion|ions)|summit|tête-à-tête|tete-a-tete)\b/gi],
  ['signing', /\b(?:sign(?:ed|ing|s)?)\b/gi],
  ['visit', /\b(?:visit(?:ed|s)?|trip|tour|stay)\b/gi],
  ['departure', /\b(?:left|leaves|depart(?:ed|s|ure)|flew out)\b/gi],
  // A disaster's or an attack's one moment (not a fire or a war, which go on for days).
  // (nouns only: "talks collapsed on Friday", "shares crashed" are no incidents)
  // (a fire too, when it broke out: see attached(); not "opened fire", "under fire", "set fire to")
  ['incident', /\b(?:explosions?|blasts?|earthquakes?|quakes?|eruptions?|shootings?|bombings?|tsunami|(?:cyber-?)?attacks?|crash|collision|derailment)\b|(?<!\b(?:open(?:ed|s)?|under|set|sets|cease)\s)\b(?:wild)?fire\b(?=[^.;]{0,40}\b(?:broke out|erupted|started|began)\b)|\bblaze\b(?=[^.;]{0,40}\b(?:broke out|erupted|started|began)\b)/gi],
  // A court's sentence or acquittal, given on one day (not "convicted" or "jailed": a conviction may come days
  // before the sentence, and "the jailed reporter", "a convicted spy", "the acquitted officer" name people; nor
  // "ruling", as in "the ruling party").
  ['verdict', /\b(?:verdict|sentencing|sentenced)\b|(?<!\b(?:the|an?|appeal(?:ed|s)?|challeng(?:e|ed|es))\s)\b(?:acquitted|acquittal)\b/gi],
  // An official's or an executive's going, announced on one day.
  ['resignation', /\b(?:resign(?:ed|s|ation)?|step(?:ped|s|ping)? down|quit(?:s)?)\b/gi],
  // A swap or handover of prisoners, hostages or bodies (not a stock exchange, an exchange rate or of views,
  // nor "in exchange for").
  ['exchange', /(?<!\b(?:stock|foreign|currency)\s)\b(?:exchange|swap|handover|hand-over)\b(?!\s+(?:rates?|of\s+(?:views|fire|letters|notes|gifts|documents|ideas|information|greetings|opinions|messages)|for)\b)/gi],
];

/**
 * Whose resignation a sentence tells of (one dossier may have several): the one person it names, when it says
 * that someone resigned or gave their resignation ("John Roe resigned", "announced his resignation"), not that
 * someone accepted another's ("Jane Doe accepted the resignation of her minister") or replaced them (two people).
 */
function whose(event: EventKey, s: Sentence): string | undefined {
  if (event !== 'resignation') return undefined;
  const people = s.entities.filter((e) => e.startsWith('person:'));
  return people.length === 1 && RESIGNED.test(s.text) ? people[0] : undefined;
}
const RESIGNED = /\b(?:resign(?:ed|s)|quit(?:s)?|step(?:ped|s|ping) down)\b|\b(?:his|her|their|['’]s) resignation\b/i;

/**
 * Statements of one event and one thing within it (Statement.about), and the resignations whose sentence names
 * nobody joined to the one person whose resignation the others tell of, when there is one.
 */
export function eventKey(statements: Statement[]): (s: Statement) => string {
  const people = new Set(statements.filter((s) => s.event === 'resignation' && s.about).map((s) => s.about));
  const only = people.size === 1 ? [...people][0] : undefined;
  return (s) => `${s.event}\u0000${s.about ?? (s.event === 'resignation' ? (only ?? '') : '')}`;
}

/** A resignation asked for or refused, not made: "rejected calls to step down", "demanded the boss resign", "will not quit". */
const CALLED_TO = /\b(?:calls?|called|urg\w+|demand\w*|refus\w+|reject\w*|pressure|not|never|n['’]t)\b[^.;]{0,30}$/i;

/** Who are exchanged: an exchange, swap or handover is one of people only in a paragraph that names them. */
const EXCHANGED = /\b(?:prisoners?|hostages?|detainees?|captives?|bodies|remains of|POWs?|soldiers)\b/i;
const placeOf = (s: Sentence): string => `${s.article}\u0000${s.paragraph}`;
/** The paragraphs that name people to exchange ("Russia and Ukraine swapped 150 prisoners. The exchange ..."). */
export const exchangedIn = (sentences: Sentence[]): Set<string> => new Set(sentences.filter((s) => EXCHANGED.test(s.text)).map(placeOf));

export const EVENT_LABEL: Record<EventKey, string> = { arrival: 'the arrival', talks: 'the talks', signing: 'the signing', visit: 'the visit', departure: 'the departure', incident: 'the incident', verdict: 'the verdict', resignation: 'the resignation', exchange: 'the exchange', closure: 'the closure' };

/** Where a sentence's event words stand, in order, each with its key's place in EVENT_WORDS. */
type EventWord = { at: number; key: EventKey; order: number };
let lastText: string | null = null;
let lastExchanged = false;
let lastWords: EventWord[] = [];
/** The sentence's event words, read once for all its weekdays, days and durations (the last sentence is kept). */
function eventWords(text: string, exchanged: boolean): EventWord[] {
  if (text === lastText && exchanged === lastExchanged) return lastWords;
  const words: EventWord[] = [];
  EVENT_WORDS.forEach(([key, re], order) => {
    for (const m of text.matchAll(re)) {
      if (key === 'resignation' && CALLED_TO.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
      // (an exchange of people only: "Crypto exchange Bybit said on Friday" is a company)
      if (key === 'exchange' && !exchanged) continue;
      words.push({ at: m.index, key, order });
    }
  });
  lastText = text;
  lastExchanged = exchanged;
  return (lastWords = words.sort((a, b) => a.at - b.at || a.order - b.order));
}

/**
 * The event word nearest to a position in the sentence, if any is within reach; between words as near, the
 * first kind in EVENT_WORDS, then the first in the text. Found by halving, not by reading the sentence again
 * for each date in it (a sentence of 4,000 weekdays took 0.65 s).
 */
function eventNear(text: string, at: number, end: number, exchanged: boolean): EventKey | null {
  const words = eventWords(text, exchanged);
  const lo = lowerBound(words, at, (w) => w.at);
  const distance = Math.min(lo > 0 ? at - words[lo - 1]!.at : Infinity, lo < words.length ? words[lo]!.at - at : Infinity);
  if (distance > 120) return null;
  let best: EventWord | null = null;
  for (const w of [...(lo > 0 ? sameAt(words, lo - 1, -1) : []), ...(lo < words.length ? sameAt(words, lo, 1) : [])]) {
    if (Math.abs(w.at - at) === distance && (!best || w.order < best.order || (w.order === best.order && w.at < best.at))) best = w;
  }
  if (!best) return null;
  if (best.key !== 'incident' || attached(text, at, end, best.at)) return best.key;
  // Not said with the incident: the nearest other event word within reach, as before incidents were read.
  let other: EventWord | null = null;
  for (const w of words) if (w.key !== 'incident' && (!other || Math.abs(w.at - at) < Math.abs(other.at - at))) other = w;
  return other && Math.abs(other.at - at) <= 120 ? other.key : null;
}

/**
 * Whether a day (text[at, end)) is said with the incident word at `word`: "Wednesday's explosion", "the June 17
 * blast", "the explosion at the plant late on Wednesday". A day further off is more often a later report's
 * ("the toll from the explosion rose to 16 on Friday", "shares fell on Thursday after an explosion"), and so is
 * a day after an incident that has its own before it ("the scene of Wednesday's blast on Friday").
 */
function attached(text: string, at: number, end: number, word: number): boolean {
  if (word >= end) return /^(?:['’]s)?(?:\s+(?:night|morning|evening|afternoon)['’]s)?\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(end, word));
  const between = text.slice(word, at).replace(/^\S+/, '');
  const dayBefore = /(?:day|\d)(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(Math.max(0, word - 30), word));
  // (and "the attack, which began late on Friday", "an attack that started on Sunday", "the attack began in
  // the early hours of Saturday")
  return !dayBefore && /^,?\s+(?:(?:which|that)\s+)?(?:(?:began|started|struck|hit|happened|occurred|took place|unfolded|broke out|erupted)\s+)?(?:(?:at|in|near)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){1,3})?(?:late |early |overnight )?(?:on|in the (?:early|small) hours of)\s+$/u.test(between);
}

/** The words at the same position as words[i], going from i in the direction given. */
function sameAt(words: EventWord[], i: number, step: 1 | -1): EventWord[] {
  const out: EventWord[] = [];
  for (let k = i; k >= 0 && k < words.length && words[k]!.at === words[i]!.at; k += step) out.push(words[k]!);
  return out;
}

export interface Statement {
  event: EventKey;
  /**
   * What within the event the statement is of, when one event word may stand for several: whose resignation
   * ("person:jane-doe", see whose()), or a span's group of sizes (spansOfScale: eight months of talks and a
   * round of two days' talks are two things).
   */
  about?: string;
  /** What the sentence says, as written ("Thursday", "over 1.5 hours"). */
  value: string;
  /** The comparable form ("thursday", "90 minutes", "2024-06-19"). */
  norm: string;
  cite: Cite;
}

const WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}\\b`, 'g');

export function weekdays(sentences: Sentence[], people = exchangedIn(sentences)): Statement[] {
  const out: Statement[] = [];
  for (const s of sentences) {
    if (s.kind === 'caption' || !s.text.includes('day')) continue; // (every weekday ends so)
    for (const m of s.text.matchAll(WEEKDAY)) {
      const event = eventNear(s.text, m.index ?? 0, (m.index ?? 0) + m[0].length, people.has(placeOf(s)));
      if (event) out.push({ event, about: whose(event, s), value: m[0], norm: m[0].toLowerCase(), cite: { article: s.article, paragraph: s.paragraph } });
    }
  }
  return out;
}

/** A sentence about what is to come ("will arrive on Tuesday", "arrives on Saturday"): its weekday lies ahead of the article's date. */
const AHEAD = new RegExp(
  `\\b(?:will|would|shall|(?:is|are|was|were) (?:expected|due|set|scheduled)|(?:is|are|was|were) to (?:arrive|visit|meet|sign|leave|travel|hold|attend|begin|start|open)|plans? to|planned|next|upcoming)\\b|\\b(?:arrives|departs|leaves|visits|meets|signs)\\b[^.;]{0,40}?\\bon\\s+${WEEKDAY_PATTERN}\\b`,
  'i',
);
/** "last Wednesday", "the following Friday": a week may lie between the weekday and the article's date. */
const WEEK_AWAY = new RegExp(`\\b(?:last|next|this coming|the following|previous)\\s+${WEEKDAY_PATTERN}\\b`, 'i');

/**
 * Weekdays said of a past event, as the days they name in their article ("Wednesday's explosion" in a report
 * of Friday 20 June is 18 June): a source that gives the weekday can then be compared with one that gives the
 * date ("the June 17 explosion").
 */
export function weekdayDates(sentences: Sentence[], people = exchangedIn(sentences)): Statement[] {
  return sentences.flatMap((s) =>
    s.published?.length === 10 && s.text.includes('day') && !AHEAD.test(s.text) && !WEEK_AWAY.test(s.text)
      ? weekdays([s], people).flatMap((w) => {
          const day = weekdayBefore(s.published!, w.norm);
          return day ? [{ ...w, value: `${w.value} (${longDate(day)})`, norm: day }] : [];
        })
      : [],
  );
}

/**
 * Calendar days (not months or years) said of an event. A day after the article's own date is a plan ("the
 * finance ministers meet on April 11"), not when the event happened: it is left out.
 */
export function days(sentences: Sentence[], people = exchangedIn(sentences)): Statement[] {
  const fallback = commonYear(sentences);
  const out: Statement[] = [];
  for (const s of sentences) {
    // (not the dateline's day, when the story was filed: "PORTO ALVARES, Oct 13 (Reuters) - A jet overshot the
    // runway while landing on Sunday")
    const from = s.kind === 'caption' ? 0 : datelineEnd(s.text);
    for (const d of datesIn(s.text, s.published?.slice(0, 4) ?? fallback, s.kind !== 'caption')) {
      if (d.key.length !== 10 || (s.published && d.key > s.published) || d.at < from) continue;
      const event = eventNear(s.text, d.at, d.at + d.text.length, people.has(placeOf(s)));
      if (event) out.push({ event, about: whose(event, s), value: d.text, norm: d.key, cite: { article: s.article, paragraph: s.paragraph } });
    }
  }
  return out;
}

/** Sums of money, with the currency before ("€30 billion", "$32.5bn", "EUR 30bn") or after ("30 billion euros"). */
// (A number is "1,250" or "1,500,000" with thousands commas, or "32.5" or "32,5" with a decimal; "won" is
// a currency only after a scale word: "2023 won the contract" is no sum.)
const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?';
const MONEY = new RegExp(
  `(?<![\\p{L}\\d,.])(?:(?<sym>US\\$|€|\\$|£|¥|₩|EUR|USD|GBP)\\s?(?<a>${NUM})(?:\\s?(?<sa>trillion|billion|million|tn|bn|mn|m)\\b)?|(?<b>${NUM})(?:\\s?(?<sb>trillion|billion|million|tn|bn|mn)\\b)?\\s+(?<word>euros?|dollars?|pounds?(?: sterling)?|yuan|roubles?|rubles?|yen|rupees?|(?<=(?:illion|bn|mn)\\s+)won)\\b)`,
  'giu',
);
const numberOf = (s: string): number => Number(/,\d{3}(?!\d)/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.'));
const CURRENCY: Record<string, string> = { 'us$': 'USD', $: 'USD', usd: 'USD', dollar: 'USD', '€': 'EUR', eur: 'EUR', euro: 'EUR', '£': 'GBP', gbp: 'GBP', pound: 'GBP', '¥': 'JPY', yen: 'JPY', yuan: 'CNY', rouble: 'RUB', ruble: 'RUB', won: 'KRW', '₩': 'KRW', rupee: 'INR' };
const SCALE: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6 };
/** Words a sum is said of, as the head of the noun after it: "a €30 billion military aid package". */
// (not a fine, bail or bribes: each is one person's or company's, and sums of several would be compared as one)
const MONEY_HEADS = new Set(['package', 'fund', 'funds', 'loan', 'aid', 'budget', 'deal', 'investment', 'grant', 'facility', 'contract', 'credit', 'tranche', 'bailout', 'programme', 'program', 'plan', 'pledge', 'assistance', 'ransom']);
/** The same words before the sum: "a ransom of 25 million euros", "a loan worth $2 billion". */
const HEAD_BEFORE = /\b([a-z]+)\s+(?:of|worth)\s+(?:(?:about|around|some|nearly|almost|more than|over|up to|roughly)\s+)?$/;

/**
 * Sums of money said of a thing ("a €30 billion aid package" and "a €35 billion military aid package" are
 * two sums for the package). The thing is the head noun that follows the sum, past a converted sum in
 * brackets: the last word of its run of lower-case words ("military aid package" → package). Sums in
 * different currencies are not compared; a sum not followed by such a noun says nothing comparable.
 */
export type Amount = Omit<Statement, 'event'> & { subject: string; kinds: string[] };

export function amounts(sentences: Sentence[]): Amount[] {
  const out: Amount[] = [];
  for (const s of sentences) {
    if (s.kind === 'caption' || !/\d/.test(s.text)) continue;
    for (const m of s.text.matchAll(MONEY)) {
      const g = m.groups!;
      const symbol = (g['sym'] ?? g['word']!).toLowerCase().replace(/s$|(?<=pound)s? sterling$/, '');
      const currency = CURRENCY[symbol] ?? CURRENCY[symbol.replace(/s$/, '')];
      const amount = numberOf(g['a'] ?? g['b']!) * (SCALE[(g['sa'] ?? g['sb'] ?? '').toLowerCase()] ?? 1);
      if (!currency || !Number.isFinite(amount)) continue;
      // (past a converted sum in brackets, and "in": "$10 million in emergency aid")
      const after = s.text.slice((m.index ?? 0) + m[0].length).replace(/^\s*\([^)]{0,40}\)/, '').replace(/^\s+in(?=\s)/, '');
      // (a nation's adjective among them: "$6bn in frozen Karsistani funds")
      const words = /^(?:[\s-]+(?:euros?|dollars?)?)?((?:\s*[A-Za-z][a-z-]*){1,4})/.exec(after)?.[1]?.trim().toLowerCase().split(/\s+/) ?? [];
      const stop = words.findIndex((w) => ['of', 'for', 'to', 'in', 'and', 'that', 'which', 'from', 'on', 'with', 'by', 'was', 'is', 'will', 'would'].includes(w));
      // (up to the last word that names such a thing: "in Karsistani funds frozen in ...")
      const upTo = stop < 0 ? words : words.slice(0, stop);
      const phrase = upTo.slice(0, upTo.findLastIndex((w) => MONEY_HEADS.has(w)) + 1 || upTo.length);
      const before = HEAD_BEFORE.exec(s.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0))?.[1];
      const next = phrase.at(-1);
      const head = next && MONEY_HEADS.has(next) ? next : before && MONEY_HEADS.has(before) ? before : null;
      if (!head) continue;
      // The words before the head tell one package from another ("energy package", "military aid package").
      const kinds = (head === next ? phrase.slice(0, -1) : []).filter((w) => !['euro', 'euros', 'dollar', 'dollars', 'new', 'additional', 'further', 'total', 'first', 'second'].includes(w));
      out.push({ subject: head, kinds, value: m[0].trim(), norm: `${currency} ${amount}`, cite: { article: s.article, paragraph: s.paragraph } });
    }
  }
  return out;
}

/**
 * How long something was shut, said before the span ("the terminals were shut for five days", "shut the port
 * for four days", "put the shutdown at four days", "the airport was closed for six hours"): a closure is no
 * event word of its own, as "closed-door talks" and "the market closed on Friday" are not one.
 */
const CLOSED_FOR = /\b(?:shut(?:\s+down)?|closed|halted|suspended|offline|out of action|shutdown|closure)\b[^.;:]{0,40}?\b(?:for|at)\s+$/i;

const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, 'half an': 0.5, 'half a': 0.5 };
const DURATION =
  /\b(?:(over|more than|less than|under|around|about|approximately|roughly|nearly|almost|at least|some|up to|just over|just under)\s+)?(\d+(?:[.,]\d+)?|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(hours?|minutes?|days?|weeks?|months?)\b/gi;
/** A quick test before DURATION: it needs one of its units, matched the same way (ASCII letters in any case). */
const UNIT = /hour|minute|day|week|month/i;
/** (a month as thirty days: "eight months" and "nine months" of talks differ, whatever months they were) */
const MINUTES: Record<string, number> = { minute: 1, hour: 60, day: 1440, week: 10080, month: 43200 };

export function durations(sentences: Sentence[], people = exchangedIn(sentences)): Statement[] {
  const out: Statement[] = [];
  for (const s of sentences) {
    if (s.kind === 'caption' || !UNIT.test(s.text)) continue;
    for (const m of s.text.matchAll(DURATION)) {
      const before = s.text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0);
      // ("will resume in two weeks": when, not how long; "shares closed at two-week highs": no span of a closure)
      if (/\b(?:in|within)\s+(?:the\s+next\s+)?$/i.test(before)) continue;
      const closed = !m[0].includes('-') && CLOSED_FOR.test(before);
      // "in the early hours of Thursday", "two days later": times of day and offsets, not how long something
      // lasted (but "shut for five days after hackers struck" says how long).
      const after = s.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24);
      if (/^\s+(?:ago|later|earlier|before|after|of\s+(?:\w+day|the\s+(?:day|night|morning)))\b/i.test(after) && !closed) continue;
      // ("shares closed at two-week highs": a level's age, not how long anything lasted)
      if (m[0].includes('-') && /^\s+(?:highs?|lows?)\b/i.test(after)) continue;
      const amount = NUMBER[m[2]!.toLowerCase()] ?? Number(m[2]!.replace(',', '.'));
      const unit = m[3]!.toLowerCase().replace(/s$/, '');
      if (!Number.isFinite(amount) || !MINUTES[unit]) continue;
      const event = closed ? 'closure' : eventNear(s.text, m.index ?? 0, m.index ?? 0, people.has(placeOf(s)));
      const minutes = amount * MINUTES[unit]!;
      if (event) out.push({ event, value: m[0], norm: `${minutes} minutes`, cite: { article: s.article, paragraph: s.paragraph } });
    }
  }
  return spansOfScale(out);
}

/**
 * Spans of one event far apart in size are of different things: eight months of talks and a round of two days.
 * Each event's spans are sorted and cut where one is more than four times the smallest of its group, and each
 * is marked with its group (Statement.about): "two weeks", "15 days" and "three weeks" stay together.
 */
function spansOfScale(spans: Statement[]): Statement[] {
  const minutes = (s: Statement): number => Number(s.norm.split(' ')[0]);
  for (const said of groupBy(spans, (s) => s.event).values()) {
    let group = 0;
    let least = Infinity;
    for (const s of [...said].sort((a, b) => minutes(a) - minutes(b))) {
      if (minutes(s) > 4 * least) {
        group++;
        least = minutes(s);
      }
      least = Math.min(least, minutes(s));
      s.about = `scale ${group}`;
    }
  }
  return spans;
}
