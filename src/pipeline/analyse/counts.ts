/**
 * Counts of people the sources give: the killed, injured, missing, displaced, arrested ("at least 41 people
 * were killed", "killing 45 civilians", "the death toll rose to 43", "12 dead"). Different counts of the
 * same kind of people in different sources are a disagreement, though often one of time: tolls rise.
 */
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../../lexicons/numbers.ts';
import type { Statement } from './events.ts';
import type { Sentence } from './sentences.ts';

/** What happened to the people counted, by the word the text uses. */
const KIND: Record<string, string> = {
  killed: 'killed', killing: 'killed', dead: 'killed', died: 'killed', deaths: 'killed', fatalities: 'killed',
  injured: 'injured', injuring: 'injured', wounded: 'injured', wounding: 'injured', hurt: 'injured',
  missing: 'missing', displaced: 'displaced', evacuated: 'evacuated', arrested: 'arrested', detained: 'arrested', rescued: 'rescued',
  // (those a plane, a ship or a train carried: "186 people on board", "carrying 184 passengers")
  'on board': 'on board', aboard: 'on board', carrying: 'on board',
  // (prisoners and hostages let go: "212 prisoners were freed", "Karsistan releases 8 hostages")
  freed: 'freed', released: 'freed', frees: 'freed', releases: 'freed', freeing: 'freed', releasing: 'freed',
};
/**
 * Who is counted, as compared: workers, residents or passengers are the people of a disaster's toll ("12
 * workers killed", "the death toll rose to 15"); soldiers, children, police, fighters and the like are counted
 * apart from it.
 */
const GROUP: Record<string, string> = {
  people: 'people', persons: 'people', civilians: 'people', workers: 'people', residents: 'people', villagers: 'people', passengers: 'people', miners: 'people', migrants: 'people',
  prisoners: 'prisoners', detainees: 'prisoners', hostages: 'hostages', captives: 'hostages',
  soldiers: 'soldiers', troops: 'soldiers', children: 'children', officers: 'officers', fighters: 'fighters', militants: 'fighters', protesters: 'protesters', students: 'students', journalists: 'journalists',
};
const NOUNS = Object.keys(GROUP).join('|');
const QUALIFIER = 'at least|more than|over|nearly|almost|about|around|some|up to';
const NUMBER = `\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_WORD_PATTERN}`;
/** A word between the number and who is counted ("41 Turkish soldiers"), not another number ("12 three people"). */
const ADJECTIVE = `(?:(?!(?:${NUMBER_WORD_PATTERN}|hundred|thousand|million|billion|dozens?)\\b)[\\p{L}-]+\\s+)?`;
// ("carrying" and the present forms only before the count: "40 people carrying banners" were on board nothing)
const KINDS = Object.keys(KIND).filter((k) => !['carrying', 'frees', 'releases', 'freeing', 'releasing'].includes(k)).join('|');
const COUNT = new RegExp(
  [
    // "at least 41 people were killed", "41 Turkish soldiers killed", "12 dead", "45 deaths"
    `(?<![\\p{L}\\d,.])(?:(?<q>${QUALIFIER})\\s+)?(?<n>${NUMBER})\\s+(?:${ADJECTIVE}(?<noun>${NOUNS})\\s+(?:(?:were|have been|had been|are|was|are still|remain)\\s+)?(?<kind>${KINDS})|(?<kindAlone>dead|deaths|fatalities|injured|wounded|missing))\\b`,
    // "killing at least 41 people", "injured 12 civilians", "injuring 20, officials said"
    `\\b(?<verb>killed|killing|injured|injuring|wounded|wounding|evacuated|arrested|detained|rescued|carrying|freed|frees|freeing|released|releases|releasing)\\s+(?:(?<q2>${QUALIFIER})\\s+)?(?<n2>${NUMBER})(?:\\s+${ADJECTIVE}(?<noun2>${NOUNS})\\b|(?=\\s*(?:[,.;]|and\\b|others\\b)))`,
    // "the death toll rose to 43", "a death toll of 43"
    // (the words between may hold "U.S." or "7.8", not a sentence's end: a stop before a non-space, or after a
    // capital and before a space, each read one way only, or a line of initials would be tried every way;
    // "at 3 a.m." is a time)
    `\\bdeath toll\\b(?:[^.;]|\\.(?=\\S)|(?<=\\b[A-Z])\\.(?!\\S)){0,120}?\\b(?:to|of|reached|hit|is|was|stands at|stood at)\\s+(?:(?<q3>${QUALIFIER})\\s+)?(?<n3>\\d{1,3}(?:,\\d{3})+|\\d+)\\b(?![.:]\\d|\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|GMT|local time))`,
  ].join('|'),
  'giu',
);
/** A year, not a count of people ("2000 people"). */
const YEAR = new RegExp(`\\b(?:19|20)\\d\\d\\b(?!\\s+(?:${NOUNS})\\b)`, 'g');
/**
 * Those one hospital or one team handled are part of a toll, not the toll: "the hospital had received more
 * than 300 injured people", "we evacuated 40 injured", "treated 25 wounded".
 */
const HANDLED = /\b(?:received|receiving|treated|treating|admitted|admitting|evacuated|evacuating|airlifted|brought in|took in|flown|carried)\s+$/i;
const CREW_AFTER = new RegExp(`^\\s+and\\s+(?:${NUMBER})\\s+(?:\\w+\\s+)?crew\\b`, 'iu');
/** A quick test before COUNT: one of its words must be there. */
const GATE = /kill|dead|died|death|fatalit|injur|wound|hurt|missing|displaced|evacuated|arrested|detained|rescued|board|carrying|free|releas/i;

/** A count said of people: `subject` is what happened to whom ("killed people"), `norm` the number. */
export type Count = Omit<Statement, 'event'> & { subject: string };

export function counts(sentences: Sentence[]): Count[] {
  const out: Count[] = [];
  for (const s of sentences) {
    if (s.kind === 'caption' || !GATE.test(s.text)) continue;
    // A sentence that names another year speaks of another event ("In 2023, 50 people died in a similar quake").
    const year = s.published?.slice(0, 4);
    if (year && [...s.text.matchAll(YEAR)].some((m) => m[0] !== year)) continue;
    for (const m of s.text.matchAll(COUNT)) {
      const g = m.groups!;
      if (!g['verb'] && !g['n3'] && HANDLED.test(s.text.slice(Math.max(0, (m.index ?? 0) - 24), m.index))) continue;
      // (nor the passengers of those on board, counted apart from the crew: "carrying 180 passengers and six crew")
      if (g['verb']?.toLowerCase() === 'carrying' && CREW_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      const written = (g['n'] ?? g['n2'] ?? g['n3'])!;
      const qualifier = g['q'] ?? g['q2'] ?? g['q3'];
      const n = NUMBER_WORDS[written.toLowerCase()] ?? Number(written.replace(/,/g, ''));
      const kind = KIND[(g['kind'] ?? g['kindAlone'] ?? g['verb'] ?? 'killed').toLowerCase()];
      // (those arrested at a protest are its protesters: "40 people were arrested", "45 protesters were detained")
      const group = GROUP[(g['noun'] ?? g['noun2'] ?? 'people').toLowerCase()] ?? 'people';
      const noun = kind === 'arrested' && group === 'protesters' ? 'people' : group;
      if (!kind || !Number.isFinite(n)) continue;
      out.push({ subject: `${noun} ${kind}`, value: qualifier ? `${qualifier.toLowerCase()} ${written}` : written, norm: String(n), cite: { article: s.article, paragraph: s.paragraph } });
    }
  }
  return out;
}
