/**
 * analyse: cross-source facts from the resolved dossier, computed once: the summary (synopsis, key facts,
 * timeline, disagreements, coverage, relationship graph) and, on every entity, what it is mentioned alongside.
 * Pure: the same dossier gives the same summary; nothing reads the clock.
 */
import type { Cite, Summary } from '../../schema.ts';
import { CALENDAR_WORDS } from '../../lexicons/calendar.ts';
import { COMPANIES } from '../../lexicons/companies.ts';
import { COUNTRIES } from '../../lexicons/countries.ts';
import { ORG_HEADS } from '../../lexicons/titles.ts';
import { findCountries } from '../countries.ts';
import { longDate, weekdayBefore, weekdayOf } from '../dates.ts';
import { calmCase } from '../names.ts';
import { isStoryKind } from '../parse.ts';
import { foldName } from '../text.ts';
import { addTo, groupBy } from '../group.ts';
import type { Dossier } from '../resolve/index.ts';
import { amountDisagreements, countDisagreements, eventDisagreements, magnitudeDisagreements, penaltyDisagreements, roleDisagreements, shareDisagreements, spellingVariants, statusDisagreements } from './disagreements.ts';
import { counts } from './counts.ts';
import { amounts, days, durations, eventKey, exchangedIn, weekdayDates, weekdays, type EventKey, type Statement } from './events.ts';
import { alongside, coMentions, coverage, graph, keyOf } from './network.ts';
import { sentencesOf, type Sentence } from './sentences.ts';
import { magnitudes } from './magnitudes.ts';
import { penalties } from './penalties.ts';
import { shares } from './shares.ts';
import { corpusOf, synopsis } from './synopsis.ts';
import { timeline } from './timeline.ts';

export interface Analysis {
  dossier: Dossier;
  summary: Summary;
}

/**
 * A line that opens with who spoke ("Jane Doe, the agency's chief, told Reuters that ...", "Jane Doe said
 * ..."): it says what someone said, not what happened, and is no answer to "what" while another line is.
 */
const SPEAKER_FIRST = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s){1,5}(?:said|says|told|tells)\b|^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s){0,4}\p{Lu}[\p{L}\p{M}'’.-]*,\s[^.]{0,200}?\b(?:said|says|told|tells)\b[^.]{0,40}\bthat\b/u;

/** A side of a date disagreement that a weekday gives ("Wednesday (18 June 2025)"), and what the reader is told of it. */
const WEEKDAY_SIDE = /day \(\d/;
const WEEKDAY_ONLY = /^\p{L}+day \(\d[^)]*\)$/u;
const WEEKDAY_COUNTED = "A weekday is read as that day on or before the article's date: compare the dates of the sources.";

/** Events that happen at one moment: a visit or talks may span days, and a weekday and a date of them may both hold. */
const MOMENTS: ReadonlySet<string> = new Set<EventKey>(['incident', 'arrival', 'signing', 'departure', 'verdict', 'resignation', 'exchange']);

/**
 * The weekdays said of events, as the days they name (weekdayDates), for the events of a moment whose
 * weekdays and whose dates are each one: "Wednesday's explosion" against "the June 17 explosion" is a
 * disagreement no other shows. Where the weekdays or the dates differ already, that is shown (or, within one
 * article, is no dispute between sources), and a weekday counted back would show it again.
 */
function weekdaysAsDates(sentences: Sentence[], weekdayStatements: Statement[], dayStatements: Statement[], eventKeyOf: (s: Statement) => string, exchanged: Set<string>): Statement[] {
  // (how many different values the statements give each event)
  const values = (list: Statement[]): Map<string, number> => new Map([...groupBy(list, eventKeyOf)].map(([key, said]) => [key, new Set(said.map((s) => s.norm)).size]));
  const weekdaysSaid = values(weekdayStatements);
  const datesSaid = values(dayStatements);
  const settled = new Set([...weekdaysSaid].filter(([key, n]) => MOMENTS.has(key.split('\u0000')[0]!) && n === 1 && (datesSaid.get(key) ?? 0) <= 1).map(([key]) => key));
  // (the sentences are read again only when some event is settled)
  return settled.size ? weekdayDates(sentences, exchanged).filter((s) => settled.has(eventKeyOf(s))) : [];
}

export function analyse(dossier: Dossier): Analysis {
  const sentences = sentencesOf(dossier);
  const corpus = corpusOf(sentences);
  const total = Math.max(dossier.articles.length, 1);
  const spread = new Map<string, number>([
    ...dossier.people.map((e) => [keyOf('person', e.id), e.data.articles.length] as const),
    ...dossier.agreements.map((e) => [keyOf('agreement', e.id), e.data.articles.length] as const),
  ]);
  const brief = synopsis(sentences, corpus, (key) => (spread.get(key) ?? 0) / total);
  const { entries: dated, told } = timeline(sentences, corpus);
  // (the paragraphs that name people to exchange, read once for the four readings of days and spans)
  const exchanged = exchangedIn(sentences);
  const dayStatements = days(sentences, exchanged);
  const weekdayStatements = weekdays(sentences, exchanged);
  const pairs = coMentions(dossier);
  const near = alongside(pairs);
  const nameOf = (id: string): string | undefined => dossier.people.find((p) => p.id === id)?.data.name;
  // (one key for an event's weekdays and dates: a resignation is one person's)
  const eventKeyOf = eventKey([...weekdayStatements, ...dayStatements]);
  const withAlongside = <T extends { alongside: unknown }>(kind: 'person' | 'agreement' | 'outlet', list: { id: string; data: T }[]) =>
    list.map((e) => ({ id: e.id, data: { ...e.data, alongside: near.get(keyOf(kind, e.id)) ?? [] } }));

  const summary: Summary = {
    synopsis: brief,
    facts: {
      what: brief.find((line) => !SPEAKER_FIRST.test(line.text)) ?? brief[0] ?? null,
      when: eventDay(dated, told, weekdayStatements, new Map(dossier.articles.map((a) => [a.id, a.data.date]))),
      published: publishedRange(dossier),
      where: place(sentences, dossier),
      who: keyPeople(dossier),
    },
    timeline: dated,
    disagreements: [
      ...roleDisagreements(dossier.people),
      ...eventDisagreements('day', weekdayStatements, (sides, of) => weekdayNote(sides, dayStatements, of, eventKeyOf), nameOf, eventKeyOf),
      // (not weekdays against weekdays alone: that is the day topic's, and no source gave a date)
      ...eventDisagreements('date', [...dayStatements, ...weekdaysAsDates(sentences, weekdayStatements, dayStatements, eventKeyOf, exchanged)], (sides) => (sides.some((s) => WEEKDAY_SIDE.test(s.value)) ? WEEKDAY_COUNTED : null), nameOf, eventKeyOf).filter(
        (d) => !d.sides.every((s) => WEEKDAY_ONLY.test(s.value)),
      ),
      ...eventDisagreements('duration', durations(sentences, exchanged)),
      ...amountDisagreements(amounts(sentences)),
      ...countDisagreements(counts(sentences)),
      ...magnitudeDisagreements(magnitudes(sentences)),
      ...shareDisagreements(shares(sentences, dossier), nameOf),
      ...penaltyDisagreements(penalties(sentences, dossier), nameOf),
      ...statusDisagreements(dossier.agreements),
      ...spellingVariants('person', dossier.people),
      ...spellingVariants('agreement', dossier.agreements),
      // (not an outlet's names, "AP" and "Associated Press", "Reuters" and "Thomson Reuters": the directory
      // knows them as one outlet's, and they say nothing the sources disagree on; its page lists them)
    ],
    coverage: coverage(dossier),
    graph: graph(dossier, pairs),
  };
  return {
    dossier: {
      ...dossier,
      people: withAlongside('person', dossier.people),
      agreements: withAlongside('agreement', dossier.agreements),
      outlets: withAlongside('outlet', dossier.outlets),
    },
    summary,
  };
}

/**
 * The day the dossier is about: the calendar day the running text of the most articles gives, as a date or
 * as the weekday of an event, counted back from the article's own date ("Wednesday's explosion" in a report
 * of Friday 20 June is 18 June); between days as often given, the one more articles date in any way
 * (datelines and captions too), then the earlier. A dateline's date is when a story was filed, a caption's
 * when a photo was taken: alone, they date the event only when nothing else does.
 */
function eventDay(dated: Summary['timeline'], told: Map<string, Set<string>>, said: Statement[], published: Map<string, string | null>): Summary['facts']['when'] {
  const support = new Map([...told].map(([date, articles]) => [date, new Set(articles)]));
  const weekdayCites = new Map<string, Cite[]>();
  for (const s of said) {
    const date = published.get(s.cite.article);
    const day = date && date.length === 10 ? weekdayBefore(date, s.norm) : null;
    if (!day) continue;
    if (!support.has(day)) support.set(day, new Set());
    support.get(day)!.add(s.cite.article);
    addTo(weekdayCites, day, s.cite);
  }
  const entries = new Map(dated.map((e) => [e.date, e]));
  const anyway = (date: string): number => new Set(entries.get(date)?.events.flatMap((e) => e.cites.map((c) => c.article)) ?? []).size;
  let best: { date: string; told: number; all: number } | null = null;
  for (const date of [...new Set([...support.keys(), ...entries.keys()])].sort()) {
    if (date.length !== 10) continue;
    const rank = { date, told: support.get(date)?.size ?? 0, all: anyway(date) };
    if (!best || rank.told > best.told || (rank.told === best.told && rank.all > best.all)) best = rank;
  }
  if (!best) return null;
  const cites = [...(entries.get(best.date)?.events.flatMap((e) => e.cites) ?? [])];
  for (const c of weekdayCites.get(best.date) ?? []) if (!cites.some((x) => x.article === c.article && x.paragraph === c.paragraph)) cites.push(c);
  return { date: best.date, cites };
}

/**
 * The four people most articles name, then most often, among those the stories themselves name: a
 * photographer credited under a picture or a reporter in a byline is in the dossier, but is not who the event
 * is about.
 */
function keyPeople(dossier: Dossier): string[] {
  // (each article's story paragraphs are gathered when a person named in it is asked about: the first few
  // people of the ranking settle it)
  const articles = new Map(dossier.articles.map((a) => [a.id, a]));
  const story = new Map<string, Set<string>>();
  const told = (article: string, paragraph: string): boolean => {
    let ids = story.get(article);
    if (!ids) story.set(article, (ids = new Set(articles.get(article)?.article.blocks.filter((b) => isStoryKind(b.kind) || b.kind === 'headline').map((b) => b.id))));
    return ids.has(paragraph);
  };
  const out: string[] = [];
  const ranked = [...dossier.people].sort((a, b) => b.data.articles.length - a.data.articles.length || b.data.mentions.length - a.data.mentions.length || (a.id < b.id ? -1 : 1));
  for (const p of ranked) {
    if (out.length === 4) break;
    if (p.data.mentions.some((m) => told(m.article, m.paragraph))) out.push(p.id);
  }
  return out;
}

function publishedRange(dossier: Dossier): Summary['facts']['published'] {
  const dates = dossier.articles.flatMap((a) => (a.data.date ? [a.data.date] : [])).sort();
  return dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null;
}

// Capitals by their first word, longest first: each capitalised word of a sentence is looked up, instead of
// trying two hundred names at every position (one expression of them all was a sixth of the analysis).
const CAPITALS = new Map<string, string[]>();
for (const c of new Set(COUNTRIES.map((x) => x.capital).filter((x): x is string => !!x))) addTo(CAPITALS, /^\p{Lu}[\p{L}\p{M}]*/u.exec(c)?.[0] ?? c, c);
for (const list of CAPITALS.values()) list.sort((a, b) => b.length - a.length);
const isWordChar = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{M}\d_]/u.test(ch);

/**
 * A capital that stands for its government: a party to an agreement or to relations ("signed with Beijing",
 * "between Moscow and Pyongyang"), or the subject of what a government does ("Beijing said", "Beijing was
 * ready to review the terms", "Moscow and Pyongyang signed"), or its owner ("Moscow's support"). "Kyiv came
 * under attack", "in central Kyiv" are places.
 */
const GOVERNMENT_BEFORE = /\b(?:with|between)\s+$|\bbetween\s+\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*)?\s+and\s+$/u;
const GOVERNMENT_AFTER =
  /^(?:\s+and\s+\p{Lu}[\p{L}\p{M}]*)?(?:['’]s\b|\s+(?:said|says|has said|had said|wants?|wanted|denied|denies|accused|accuses|warned|warns|insist(?:s|ed)?|reject(?:s|ed)|welcome[sd]?|condemn(?:s|ed)|responded|announced|agreed|signed|ratified|backs|backed|support(?:s|ed)|hopes?|hoped|claim(?:s|ed)|maintains|is ready|was ready|is willing|was willing|would|will)\b)/u;
/** The capitals a sentence names as places, each where it stands as a whole word. */
function capitalsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}]*/gu)) {
    if (isWordChar(text[m.index - 1])) continue;
    const name = CAPITALS.get(m[0])?.find((c) => text.startsWith(c, m.index) && !isWordChar(text[m.index + c.length]));
    if (name && !GOVERNMENT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) && !GOVERNMENT_AFTER.test(text.slice(m.index + name.length, m.index + name.length + 30))) out.push(name);
  }
  return out;
}

/**
 * "in Gumi", "the city of Gumi", "near Esslingen": a place a sentence says something happened in, which the
 * lexicons may not know. (One or two capitalised words; a month, a weekday or a nationality is no place. A
 * capital named without "in" is often its government: "a treaty between Moscow and Pyongyang".)
 */
const PLACE_AFTER = /(?<!\b(?:shares|stake|stakes|investors|investment|investments|interest|confidence|role|seat|seats|trust|faith|job|jobs|member|members)\s)\b(?:[Ii]n|near|city of|town of|village of|province of|region of|district of|county of)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?)/gu;
const NOT_PLACE = new RegExp(`^(?:${CALENDAR_WORDS}|The|A|An|This|That|His|Her|Their|Its)\\b`);
/** "at the Tal Ashur crossing", "through the Rafah border crossing": a place named before its noun, with it. */
const PLACE_AT = /\b(?:at|through|near|via)\s+the\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s){1,2}(?:border\s+)?(?:crossing|checkpoint|border post|camp|airbase|air base))\b/gu;
function placesIn(text: string, named: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of text.includes('the ') ? text.matchAll(PLACE_AT) : []) out.push(m[1]!);
  if (!/\b(?:[Ii]n|near|of)\s/.test(text)) return out;
  for (const m of text.matchAll(PLACE_AFTER)) {
    const name = m[1]!.replace(/['’]s$/, '');
    // (nor a person, an outlet or a company of the dossier, nor a body: "in Nvidia", "in Trump's", "in the Senate")
    const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    if (NOT_PLACE.test(name) || named.has(name) || ORG_HEADS.has(last) || findCountries(name).some((c) => c.form === 'demonym')) continue;
    out.push(name);
  }
  return out;
}

/** The dossier's people's and outlets' names and their words, and the directory's companies: no place. */
function namedWords(dossier: Dossier): Set<string> {
  const out = new Set<string>(COMPANIES);
  for (const e of [...dossier.people, ...dossier.outlets]) for (const a of e.data.aliases) for (const w of [a.name, ...a.name.split(/\s+/)]) out.add(w.replace(/['’]s$/, ''));
  return out;
}

/** How many story sentences open an article: where they say it happened is where the event was. */
const LEAD = 3;

/**
 * Where the event was: the place most articles name in their opening sentences ("an explosion tore through a
 * plant in the city of Gumi"), when two or more do; else the capital city most articles name anywhere in their
 * running text; else, as a last resort, the place two or more datelines give. (A dateline says where the
 * reporter was, not always where the event was; a capital named all through a story may be where its markets
 * or regulators are.)
 */
function place(sentences: Sentence[], dossier: Dossier): Summary['facts']['where'] {
  const lead = new Map<string, Map<string, Cite>>();
  const found = new Map<string, Map<string, Cite>>();
  const add = (into: Map<string, Map<string, Cite>>, name: string, s: Sentence): void => {
    let byArticle = into.get(name);
    if (!byArticle) into.set(name, (byArticle = new Map()));
    if (!byArticle.has(s.article)) byArticle.set(s.article, { article: s.article, paragraph: s.paragraph });
  };
  let article: string | null = null;
  let opening = 0;
  let named: Set<string> | undefined;
  for (const s of sentences) {
    if (s.kind === 'caption') continue;
    if (s.article !== article) (article = s.article), (opening = 0);
    if (opening++ < LEAD) for (const name of placesIn(s.text, named ??= namedWords(dossier))) add(lead, name, s);
    for (const name of capitalsIn(s.text)) add(found, name, s);
  }
  const rank = (map: Map<string, Map<string, Cite>>) => [...map].sort((a, b) => b[1].size - a[1].size || (found.get(b[0])?.size ?? 0) - (found.get(a[0])?.size ?? 0) || (a[0] < b[0] ? -1 : 1))[0];
  const opened = rank(lead);
  // (cited with its opening sentences, then, for a capital, the other articles that name it)
  if (opened && opened[1].size >= 2) return { place: opened[0], cites: [...new Map([...opened[1], ...[...(found.get(opened[0]) ?? [])].filter(([a]) => !opened[1].has(a))]).values()] };
  const top = rank(found);
  if (top && top[1].size >= Math.min(2, dossier.articles.length)) return { place: top[0], cites: [...top[1].values()] };
  return datelinePlace(dossier);
}

/**
 * The last resort for where: the place two or more articles' datelines give ("PUERTO ALCÁZAR, March 11
 * (Reuters) -", "Puerto Alcazar (AFP) -"), compared without case or accents and shown as running text writes
 * it. A dateline says where the story was filed, which is where it happened more often than not when nothing
 * else says.
 */
function datelinePlace(dossier: Dossier): Summary['facts']['where'] {
  const byPlace = new Map<string, { forms: string[]; cites: Cite[] }>();
  for (const a of dossier.articles) {
    const place = a.data.dateline?.place.split(',')[0]!.trim();
    const opening = a.article.blocks.find((b) => isStoryKind(b.kind));
    if (!place || !opening) continue;
    const key = foldName(place);
    let entry = byPlace.get(key);
    if (!entry) byPlace.set(key, (entry = { forms: [], cites: [] }));
    entry.forms.push(place);
    entry.cites.push({ article: a.id, paragraph: opening.id });
  }
  const [best, next] = [...byPlace.values()].sort((a, b) => b.cites.length - a.cites.length);
  if (!best || best.cites.length < 2 || best.cites.length === next?.cites.length) return null;
  // (a form not in capitals, the accented one first: "Puerto Alcázar", not "PUERTO ALCÁZAR")
  const forms = best.forms.map((f) => calmCase(f));
  return { place: forms.find((f) => /[^\x00-\x7f]/.test(f)) ?? forms[0]!, cites: best.cites };
}

/**
 * When the sources disagree on a weekday, the calendar says which day the most-cited date was: of the same
 * event when the sources date it (a resignation's weekdays are not told the crash's date), else of the events
 * of the dossier, as the one moment they mostly are (a visit's talks, arrival and signing).
 */
function weekdayNote(sides: { value: string }[], dayStatements: Statement[], of: Statement, keyOf: (s: Statement) => string): string | null {
  const own = dayStatements.filter((s) => keyOf(s) === keyOf(of));
  const counts = new Map<string, number>();
  for (const s of own.length ? own : dayStatements) counts.set(s.norm, (counts.get(s.norm) ?? 0) + 1);
  const date = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!date || !sides.length) return null;
  return `The sources date ${own.length ? 'it' : 'these events'} to ${longDate(date)}, which was a ${weekdayOf(date)}.`;
}
