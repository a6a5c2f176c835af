/**
 * Outlets in one article: names from the general directory, and unlisted names the sentence calls a news
 * organisation ("the X news agency", "reported TASS"). A directory name that is also an ordinary word
 * ("Stern", "Time") counts only with such a cue or as the publisher. Caption credits are marked as credits.
 */
import { CALENDAR_WORDS } from '../../lexicons/calendar.ts';
import { countryOfAnyCase, findCountries } from '../countries.ts';
import { wordCount, type Sentence, type Token } from '../text.ts';
import type { Block, OutletMention } from '../types.ts';
import { SELF_NAMING } from '../parse.ts';
import { scanDirectory } from './outlet-directory.ts';

const NAME = "(?:[\\p{Lu}][\\p{L}\\d'’&.-]*)(?:\\s+(?:of\\s+|de\\s+|and\\s+)?[\\p{Lu}\\d][\\p{L}\\d'’&.-]*){0,5}";
// Words that call a name a news organisation. Bare "TV" or "radio" are left out: "WATCH TV LIVE" is navigation.
const KIND = '(?:news agency|news service|newspaper|daily|weekly|broadcaster|TV channel|television channel|news website|news outlet|magazine|tabloid|wire service)';
const VERB = 'reported|according to|told|said in an interview with|citing|quoted by|cited by|wrote in|published by|writes|writing for|wrote for|writes for|an op-ed in|a column in|an interview with';
// The verbs may open a sentence ("According to"), but the name after them must keep its capitals: with the
// expression's `i` flag, \p{Lu} matched any letter and a name ran on ("Malta Today News on Monday that").
const ANY_CASE_VERB = VERB.split('|')
  .map((v) => `[${v[0]!.toUpperCase()}${v[0]}]${v.slice(1)}`)
  .join('|');
/**
 * Each cue, with a quick test a sentence must pass before the cue's expression is run: most sentences have
 * no cue at all, and trying a name of up to six words at every position of every sentence was most of the
 * time spent on outlets.
 */
const CUES: { gate: RegExp; re: RegExp }[] = [
  { gate: new RegExp(`\\b(?:${VERB})\\s`, 'iu'), re: new RegExp(`\\b(?:${ANY_CASE_VERB})\\s+(?:[Tt]he\\s+)?(${NAME})`, 'gu') },
  { gate: new RegExp(KIND), re: new RegExp(`\\b${KIND}\\s+(?:the\\s+)?(${NAME})`, 'gu') },
  { gate: new RegExp(`${KIND}|reported|reports|said in a report`), re: new RegExp(`(?:^|[^\\p{L}])(?:the\\s+)?(${NAME})\\s+(?:${KIND}|reported|reports|said in a report)\\b`, 'gu') },
  // A press-conference transcript names the questioner's outlet before a colon; a page its author.
  { gate: /:/, re: new RegExp(`(?:^|\\b[Aa]uthor:\\s*)(${NAME}):?(?=\\s|$)`, 'gu') },
];
const IS_KIND = new RegExp(KIND);
const MEDIA_WORD =
  /\b(?:News|Times|Post|Daily|Agency|Herald|Press|TV|Radio|Journal|Gazette|Tribune|Telegraph|Sinmun|Ilbo|Shimbun|Media|Broadcasting|Television|Chronicle|Observer|Review|Monitor|Wire|Report)\b|\p{Lu}TV$|\.(?:com|net|org|cn|kr|ru|jp|in)$/u;
/** " of " and a capitalised word that is no month or weekday ("the Times of Malta", not "the Times of June 19"). */
const OF_PLACE = new RegExp(`^ of (?!(?:${CALENDAR_WORDS})\\b)\\p{Lu}`, 'u');
const NOT_OUTLET = /^(?:The|A|An|He|She|They|It|Russian|State|Western|Local|Japanese|Chinese|Korean|North|South|Official|Sources?|Kremlin|White House)$/;
/** A page's own labels before a colon ("WATCH: ...", "Breaking:"), not a questioner's outlet. */
const LABEL = /^(?:watch|read|listen|video|photos?|breaking|exclusive|analysis|opinion|live|update[sd]?|related|more|also|see|explainer|editorial|comment|factbox|timeline|graphic)$/i;

/** "the National Disaster Authority (NDA)": a name, then the initials the article will call it by. */
const DEFINED = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|for|on|the|\p{Lu}[\p{L}'’-]*)){1,12})\s+\((\p{Lu}{2,8})\)/gu;

/**
 * The initials an article defines for a body that is no news organisation ("... Management Authority
 * (NDRRMA)", not "Korean Central News Agency (KCNA)"): "according to the NDRRMA" cites no outlet.
 */
export function definedBodies(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(DEFINED)) if (!MEDIA_WORD.test(m[1]!.replace(/\bAgency\b/g, ''))) out.add(m[2]!);
  }
  return out;
}

/**
 * Outlet mentions in a block; `tokens` are each sentence's tokens (in the block's positions); `publisherCue`
 * is the article's own publisher name, if the text gives one; `bodies` the initials the article defines for
 * bodies that are no news organisations (definedBodies).
 */
export function extractOutlets(block: Block, sentences: Sentence[], tokens: Token[][], publisherCue: string | null, bodies: ReadonlySet<string> = new Set()): OutletMention[] {
  // (nor the page's buttons and share bars: a share button "Print" is no mention of The Print; a longer line of the page's,
  // "This article was updated with reporting from Reuters", may cite one)
  if (block.kind === 'bio' || (block.kind === 'boilerplate' && (wordCount(block.text) <= 3 || /^(?:font size\b|share\b)/i.test(block.text)) && !SELF_NAMING.test(block.text) && !/^(?:©|ⓒ|\(c\)|copyright\b)/i.test(block.text))) return [];
  const out: OutletMention[] = [];
  const cued = new Map<string, { start: number; end: number; strong: boolean }>();
  for (const s of sentences) {
    for (const [i, { gate, re }] of CUES.entries()) {
      if (!gate.test(s.text)) continue;
      for (const m of s.text.matchAll(re)) {
        const name = m[1]!.replace(/['’]s$/, '').replace(/[.]$/, '');
        const start = s.start + m.index + m[0].lastIndexOf(m[1]!);
        // "reported X" also fits people and governments: an unlisted X must look like a news name.
        const colon = i === CUES.length - 1;
        const questioner = m.index === 0 && s.start === 0 && /^:\s/.test(s.text.slice(m[0].length - (m[0].endsWith(':') ? 1 : 0)));
        if (colon && !questioner && !/[Aa]uthor:/.test(m[0])) continue;
        const strong = (i > 0 && !colon && IS_KIND.test(m[0])) || MEDIA_WORD.test(name) || /^\p{Lu}{2,6}$/u.test(name);
        cued.set(name, { start, end: start + name.length, strong });
      }
    }
  }
  // The site's own words (a masthead, "Source: X", a newsletter sign-up) name it as the publisher, not a source it cites.
  const own = block.kind === 'masthead' || block.kind === 'source-line' || (block.kind === 'boilerplate' && SELF_NAMING.test(block.text));
  const role: OutletMention['role'] = block.kind === 'caption' ? 'credit' : own ? 'publisher' : 'cited';
  const covered: [number, number][] = [];
  for (const [i, s] of sentences.entries()) {
    for (const hit of scanDirectory(block.text, tokens[i])) {
      const { start, end } = hit;
      const isCued = [...cued.values()].some((c) => c.start < end && c.end > start) || hit.alias === publisherCue || hit.entry.name === publisherCue;
      if (hit.entry.ambiguous && !isCued) continue;
      // "told the Times of Malta": a cue shows that an ambiguous name goes on with "of" and a capital, the
      // name of another paper (read below as the cue's). "The Guardian of London" is no news name, and stays.
      if (hit.entry.ambiguous && [...cued.values()].some((c) => c.strong && c.start < end && c.end > end) && OF_PLACE.test(block.text.slice(end, end + 14))) continue;
      covered.push([start, end]);
      out.push({ block: block.id, start, end, text: block.text.slice(start, end), name: hit.entry.name, alias: hit.alias, role });
    }
  }
  // Names the sentence calls a news organisation but the directory does not list.
  for (const [name, at] of cued) {
    if (!at.strong || covered.some(([a, b]) => at.start < b && at.end > a)) continue;
    const first = name.split(/\s+/)[0] ?? '';
    const place = countryOfAnyCase(name); // "SEOUL:" is a dateline
    const domain = /\.(?:com|net|org|cn|kr|ru|jp|in)$/.test(name);
    // "Kremlin-aligned Russian news agency": a description of an outlet, not its name.
    const described = findCountries(name).some((c) => c.form === 'demonym');
    // (two characters only as a broadcaster's call sign, a letter and a digit, "M1", "N1", after a word
    // naming a broadcaster: "the daily UN briefing" names no outlet)
    const short = name.length < 3 && !(/\b(?:broadcaster|TV channel|television channel)\s+$/.test(block.text.slice(Math.max(0, at.start - 30), at.start)) && /^\p{Lu}\d$/u.test(name));
    if (NOT_OUTLET.test(first) || LABEL.test(name) || place || described || short || bodies.has(name) || !(domain || /\p{Lu}.*\p{Lu}|\p{Lu}{2,}|\p{Lu}\d|\s/u.test(name))) continue;
    out.push({ block: block.id, start: at.start, end: at.end, text: name, name, alias: name, role });
  }
  return out.sort((a, b) => a.start - b.start);
}
