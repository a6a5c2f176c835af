/**
 * parse: one Source to an Article. Every non-empty line becomes a block with a kind; nothing is dropped
 * or rewritten, so every sentence of the source reaches the page. Structure (title, date, dateline,
 * publisher cue, byline) is read off the blocks, never cut out of them.
 */
import { hash } from 'node:crypto';
import type { BlockKind } from '../schema.ts';
import { countryOfAnyCase } from './countries.ts';
import { findDate, isDateLine, slashedDate } from './dates.ts';
import { PLACE_PREFIXES, SPEECH_VERBS } from '../lexicons/titles.ts';
import { isGivenName } from './names.ts';
import { findOutletName, scanDirectory } from './extract/outlet-directory.ts';
import { headlineIndex, MAY_BE_HEADLINE } from './headline.ts';
import { sentenceBounds, wordCount } from './text.ts';
import type { Article, Block, Source } from './types.ts';

/** The story's running text (standfirst and body), as against headlines and boilerplate. */
export const isStoryKind = (kind: BlockKind): boolean => kind === 'body' || kind === 'standfirst';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const endsLikeSentence = (s: string): boolean => /[.!?…]["”’)]*$|[:;]$/.test(s);
/** Where the story's running text has begun: a paragraph of a dozen words or more that ends as a sentence does. */
const running = (b: Block): boolean => isStoryKind(b.kind) && wordCount(b.text) >= 12 && endsLikeSentence(b.text);
const TIMESTAMP = [
  /^[-–—•]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\s*(?:GMT|UTC|[A-Z]{2,4})?(?:[+-]\d{1,2})?$/i,
  /^\d{1,2}\s+\p{L}+\.?\s+\d{4}\s*\d{1,2}:\d{2}\s*(?:GMT|UTC|[A-Z]{2,4})?$/u,
  /^(?:updated|posted|published|last updated)\b.{0,40}\d{1,2}:\d{2}.{0,20}$/i,
  /^(?:updated|posted|published)\s+\d+\s+(?:minutes?|hours?|days?)\s+ago$/i,
];
const CAPTION = [
  // (in brackets too, as a scraper marks an image: "[Photo: ...]", "[Foto: ...]")
  /^\[?(?:©|ⓒ|\(c\)|copyright\b|(?:photo|foto|bild|image|picture|credit|photographer)\s*:|photos?\s+by\b|file photo\b)/i,
  /\bGo to the mediabank\b|\bGetty Images\b|\bvia Getty\b|\bAP Photo\b|\bPool Photo\b|\bPhoto via\b|\/\s*(?:AFP|Reuters|AP|EPA|Pool)\b/i,
  // "REUTERS/Jane Doe/File Photo", in capitals as wires credit (not "a Reuters/Ipsos poll")
  /\b(?:REUTERS|AFP|EPA)\/\p{Lu}/u,
  // a picture's line that ends with the agency that took it: "... speaks to reporters in Muscat on Friday. Reuters"
  // (a short line: a story's last paragraph may end with its agency's name)
  /^.{0,240}[.!]\s+(?:Reuters|AFP|AP|EPA|Getty Images|Bloomberg|WAM|SPA|Anadolu Agency|AA|dpa|Xinhua|PA|ANI|EPA-EFE)$/,
  // a trailing credit: "... - Agency Name, 1920, 19.06.2024"
  /\s[-–]\s[^,]{2,60},\s*\d{3,4},\s*\d{2}\.\d{2}\.\d{4}$/,
];
/**
 * "Pyongyang : In this pool photograph distributed by ...", "This handout picture taken on ... shows ...": a
 * caption that says what it is (not "A photo released by state media showed ...", nor a fact-check's "This
 * photo taken in 2019 shows the same building, analyst Jane Doe said": the story speaking of a picture).
 */
const SAYS_PICTURE = /^(?:\p{Lu}[\p{L} .'’-]{1,30}\s?:\s*)?(?:In this|This) (?:[\p{L}-]+ ){0,3}(?:photo|photograph|picture|image)s? (?:taken|released|provided|distributed|made available|obtained|shows?)\b/u;
/** A link to other stories the scraper kept: "Read more: ...", "Related: ...", "See also:". It names nobody in this one. */
export const RELATED_LINE = /^(?:read more|read also|also read|read next|related(?: articles?| stories| coverage| topics)?|see also|more on this(?: story)?|recommended|you may also like|most read|watch|listen)\s*:/i;
/** The same headings standing alone on their line ("RELATED COVERAGE", "More on this story"). */
const RELATED_HEADING = /^(?:read more|read also|also read|read next|related(?: articles?| stories| coverage| topics| content)?|see also|more on this(?: story)?|more stories|more information|recommended(?: for you)?|you may also like|most read)$/i;
/** The site's own words around the story, never part of it. */
const BOILERPLATE = [
  /^(?:sign up|subscribe)\b.{0,200}\bnewsletters?\b/i,
  /^get\b.{0,120}\b(?:delivered to your inbox|sign up here)\b/i,
  /^share\s?\d+$|^(?:share on (?:facebook|x|twitter|whatsapp|linkedin|email|telegram|reddit|bluesky)\s*)+$/i,
  /^listen to this (?:article|story)$/i,
  /^\d{1,3}\s+mins?(?:\s+read)?$/i,
  /^(?:share|subscribe|advertisement|print|email|comments?|save|translate|listen|learn more|copy link|gift (?:this )?article|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|flipboard)$/i,
  /^share (?:this )?(?:article|story)?\s*(?:via|on)\s+\p{L}+$/iu,
  /^by continuing,? (?:i|you) agree\b/i,
  /^@\w{2,30}$/,
  /^(?:keep up to date with\b|you can unsubscribe\b|by signing up,\s+you\b|this material may not be published\b)/i,
  /^(?:send us your feedback|share (?:this|your) (?:article|story|feedback)|follow us on\b|click here to\b|download (?:the|our) app\b|advertisement$|skip advertisement$)/i,
  /^(?:subscribe to (?:continue|keep) reading|read without limits|already a subscriber\b|log in to (?:continue|keep) reading)/i,
  /^follow\b.{0,80}\bhttps?:\/\/\S+$/i,
  // a cookie banner: "We use cookies to improve your experience ... Manage cookies Accept all"
  /^(?:we use cookies|this (?:site|website) uses cookies|we value your privacy)\b/i,
  /^this (?:article|story|page) (?:has been|was) (?:updated|corrected|amended)\b/i,
  /^our standards:/i,
  /^all rights reserved\.?$/i,
  /^print this (?:page|article|story)$/i,
  // a newsletter's or a feed's promotion at the foot: "Sign up for Al Jazeera", "Follow Al Jazeera English:",
  // "Catch up on the region's biggest stories every week."
  /^sign up for\b.{0,60}$|^follow\b.{1,60}:$|^catch up on\b.{0,80}\b(?:every|each) (?:day|week|morning|evening)\.?$/i,
  // a share bar, perhaps after the font size buttons: "Share: WeChat | Weibo | Facebook | X | Print", "Share  AA  Follow us"
  /^(?:font size\b[^.]{0,20}?)?share\b[^.]{0,80}\b(?:facebook|twitter|whatsapp|weibo|wechat|linkedin|telegram|email|print|copy link|follow us)\b[^.]*$/i,
  // an agency credit: "(With inputs from agencies)"
  /^\(with inputs from [^)]{2,60}\)$/i,
];
/**
 * Boilerplate in which the site names itself: a sign-up ("Sign up for X's newsletter"), "Our Standards: X",
 * "Follow X's coverage". Not an update note ("updated with reporting from Reuters" credits another).
 */
export const SELF_NAMING = /^(?:sign up|subscribe|our standards:|follow\b)/i;
/** A line of hashtags ("#EARTHQUAKE / #AFAD"), word by word: one expression for it backtracked exponentially. */
const hashtags = (text: string): boolean => text.split(/\s+/).every((w) => /^#\p{L}[\p{L}\d_]*,?$/u.test(w) || w === '/' || w === '|');

/** The first words a BOILERPLATE line can have: most lines are tested against this one expression only. */
const BOILERPLATE_START = /^(?:we use cookies|we value your privacy|\d{1,3}\s+min|font size|\(with inputs|get|sign|subscribe|send|share|follow|click|download|advertisement|skip|read|already|log|this|our|all|print|email|comments?|keep|you|by|#|save|translate|listen|learn|copy|gift|facebook|twitter|x$|linkedin|whatsapp|telegram|reddit|flipboard|catch up|@)/i;
/**
 * The wires' and sites' photo credits: "[1/5] Rescuers search ... REUTERS/Jane Doe", "... (Photo by Jane
 * Doe)", "... (AA Photo)", "Image caption, ...". Tested cheapest first: these were a sixth of parsing as one
 * expression run over every line.
 */
function isPhotoCredit(text: string): boolean {
  if (/^(?:\[\d+\/\d+\]\s|[Ii]mage caption\b|Item \d+ of \d+\s)/.test(text)) return true;
  // a credit at the end: "... on June 19. © Reuters", "... Photographer: Jane Doe/Bloomberg"
  if ((text.includes('©') || text.includes('ⓒ')) && /\s[©ⓒ]\s?[^©ⓒ.]{2,60}$/u.test(text.slice(-64))) return true;
  if (text.includes('Photographer:') && /\bPhotographer:\s+\p{Lu}[^.]{2,60}$/u.test(text)) return true;
  // (a name at the end, "REUTERS/Umit Bektas": "an AP/NORC poll found ..." is text)
  // (and the wire's "Purchase Licensing Rights" link after it, "REUTERS/Jane Doe/File Photo Purchase Licensing
  // Rights, opens new tab"; the link cut off by its position from the end, not an expression run on the line)
  if (text.includes('/')) {
    const link = text.lastIndexOf('Purchase Licensing Rights');
    const credit = (link >= 0 && link >= text.length - 45 ? text.slice(0, link) : text).trimEnd().replace(/\/File Photo$/, '').slice(-60);
    if (/\b(?:REUTERS|AFP|AP|EPA|XINHUA)\/\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,3}\.?$/u.test(credit)) return true;
  }
  return text.endsWith(')') && /\((?:(?:[Pp]hoto|[Pp]hotograph|[Pp]icture) by [^)]{2,60}|(?:\p{Lu}{2,6} )?(?:Photo|Photograph))\)$/u.test(text.slice(-80));
}
/** A wire's sign-off, the initials of the staff who handled the story: "cd/jm/ach". */
const SIGN_OFF = /^[a-z]{2,4}(?:\/[a-z]{2,4}){1,5}$/;
const SOURCE_LINE = /^(?:source|sources|quelle|fuente|originally published (?:by|in|at))\s*:?\s+(.{2,80})$/i;
// (the words in either case, "BY", "By", but the name after them capitalised: with the i flag, \p{Lu} took any
// letter, and "By signing up to the accord, ..." was a byline)
const BYLINE = /^\(?(?:[Bb][Yy]|[-–—]{0,2}\s*[Ww]ith (?:additional )?assistance from|[Ww]ritten by|[Ww]riting by|[Rr]eporting by|[Aa]dditional reporting by|[Ee]diting by|[Ee]dited by|[Tt]ext by)\s*:?\s+\p{Lu}/u;
/** "JANE DOE, Nikkei staff writer", "Jane Doe, a BBC correspondent": the author, then what they are where. */
const STAFF_BYLINE = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){1,3}),\s{1,3}(?:an?\s|the\s)?(\S.{1,39}?)\s{1,3}(?:senior\s|chief\s|staff\s)?(?:staff writer|staff reporter|writer|reporter|correspondent|contributor|columnist|editor)$/u;
/** A staff byline's author and outlet, when the directory knows the outlet ("a local newspaper editor" is a description). */
function staffByline(text: string): { author: string; outlet: string } | null {
  const m = STAFF_BYLINE.exec(text);
  const outlet = m && findOutletName(m[2]!, false);
  return outlet ? { author: m[1]!, outlet: outlet.name } : null;
}
/**
 * "DAILY SABAH WITH AA", "BBC News, Gaziantep": a masthead with the agency it draws on, or the place it was
 * filed from; or its logo's link, "The Guardian - Back to home".
 */
const MASTHEAD_WITH = /\s{1,3}with\s\S+$|,\s{0,3}\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+)?$|\s[-–—|]\s(?:back to )?home(?:page)?$/iu;
/** The directory outlet a masthead line names: the whole line, or (`withTail`) the line without MASTHEAD_WITH. */
const mastheadOutlet = (text: string, withTail: boolean) => findOutletName(text, true) ?? (withTail ? findOutletName(text.replace(MASTHEAD_WITH, ''), true) : null);
/** "Associated Press writer Jane Doe in Lima contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:reporting|to this (?:report|story|article))(?: from [^.]{2,60})?\.?$|^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:and\s(?:\p{Lu}[\p{L}'’.-]+\s){1,3})?contributed\.?$|^(?:\p{Lu}[\p{L}'’.-]+\s){1,4}(?:writers?|reporters?|correspondents?|journalists?)\s(?:\p{Lu}[\p{L}\p{M}'’.-]+\s){1,3}(?:and\s(?:\p{Lu}[\p{L}\p{M}'’.-]+\s){1,3})?contributed(?: (?:from|in) [^.]{2,60})?\.?$/iu;
/** "Jane Doe in Brussels", "Jane Doe and John Roe in Kyiv": the author and where they wrote from, near the top. */
const NAME_IN_PLACE = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})?)\sin\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u;
/** One reporter of a list, in their place or with their desk: "Olaf Brenner in Frankfurt", "Tom Roe Transport correspondent". */
const REPORTER_PLACED = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}?)(?:\sin\s(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)|\s(?:\p{Lu}[\p{L}'’-]+\s)?(?:[a-z]+\s)?(?:correspondent|editor|reporter|writer))$/u;
/**
 * Reporters each in their place, or some with their desk instead: "Olaf Brenner in Frankfurt and Kate
 * Lindqvist in London", "Jane Doe in Lisbon and Tom Roe Transport correspondent". Their names, or null.
 */
function reportersPlaced(text: string): string | null {
  const items = text.split(/,\s|,?\s(?:and|&)\s/);
  if (items.length < 2 || items.length > 4) return null;
  const read = items.map((item) => REPORTER_PLACED.exec(item));
  if (read.some((m) => !m) || !read.some((m) => m![2])) return null;
  const names = read.map((m) => m![1]!);
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
/** "Jane Doe, Tuesday, 20 February 2024", "Jane Doe |14.03.2025": a name, then the date and time of publication. */
// (the spaces around the separator counted, at most eight: unbounded, a line of 100,000 spaces after a bar
// was read back from each of them, 2.5 s)
const NAME_THEN_DATE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}[\p{L}'’-]+){1,2})\s{0,8}(?:[-–—|,]\s{0,8})?(?:(?:Published|Updated|Posted)(?:\s+on)?:?\s+)?(?:(?<=\|\s{0,8})\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?,?\s)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\.?\s+\d{1,2},\s+\d{4}|(?<=\|\s{0,8})\d{1,2}\.\d{1,2}\.\d{4}\b)/u;
/** "Jan Keuchel, Hamburg | 19.03.2025 - 16:30 Uhr": an author (a given name first), the place, a bar and the date in numbers. */
const NAME_PLACE_DATE = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}),\s\p{Lu}[\p{L}'’-]+\s?\|\s?\d{1,2}\.\d{1,2}\.\d{4}\b/u;
const DESK = /\b(?:team|desk|staff|bureau|correspondents?|reporters?|newsroom|editorial board|editors?)$/i;
const BIO = /^(?:I\s+(?:have|am|was|write|cover|contribute|work)|I['’]m\s|(?:He|She|They)\s+(?:is|has been|was)\s+(?:an?|the)\s+(?:\S+\s+){0,3}(?:journalist|reporter|editor|correspondent|writer|columnist))/;
/** "Jane Doe is the Guardian's Andean correspondent.": a name, then what they are now, and nothing more. */
const NAMED_BIO = /^\p{Lu}\p{L}+\s\p{Lu}[\p{L}'’-]+\s(?:is|has been)\s(?:an?|the)\s(?!former\b)(?:\S+\s){0,4}(?:journalist|reporter|editor|correspondent|writer|columnist)(?:\s(?:at|for|with|based in|in|covering|since)\s[^.,;]{2,40}){0,3}\.?$/u;
const DATE_HEADER = /^date\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/i;
/**
 * A dateline: the place in capitals (with a region: "WASHINGTON, D.C.", "SEOUL, South Korea"), the day the
 * wires add ("SEOUL, June 19"), the agency, and what ends it: a dash; a colon after the day or the agency
 * ("MOSCOW, June 19 (AFP):", "SEOUL: (Reuters) ..."); a full stop after the day, perhaps with the agency
 * between slashes ("PYONGYANG, June 18. /TASS/."). Notes and links open lines the same way ("UPDATE, June
 * 20:", "WATCH (Reuters):", "SEOUL, June 19 (KST) --"), so datelineOf checks the forms the wires added.
 */
const DATELINE = new RegExp(
  [
    String.raw`^(?<place>(?:\p{Lu}[\p{Lu}\p{M}.'’-]+)(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]+)*(?:,\s*\p{Lu}[\p{L} .]{1,30}?)?)`,
    String.raw`(?<day>,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?`,
    String.raw`(?::\s*(?=\())?\s*(?:\((?<agency>[^)]{2,40})\))?`,
    String.raw`(?:(?<dash>\s*[-–—]{1,2}\s+)|(?<=\d|\))\s*:\s+|(?<=\d)\.\s+(?:\/(?<slashed>[^/\s][^/]{0,30})\/\.?\s+)?|(?<=:\s*\([^)]{2,40}\))\s+|(?<colon>(?<=\p{Lu}):\s+(?=\p{Lu})))`,
  ].join(''),
  'u',
);

/**
 * The dateline a paragraph opens with, if any. "PLACE (Agency) -" is read as it stands. The other forms need
 * a place the country lexicon knows (a country or a capital), except a day and a dash with a known agency
 * ("GENEVA, June 3 (Reuters) -") or the agency between slashes ("PYONYANG, June 18. /TASS/.", misspelt as
 * wires do); in them, an agency is kept only if the directory knows it ("(KST)", "(local time)" are not).
 */
function readDateline(text: string): { dateline: NonNullable<Article['dateline']>; end: number; guessed: boolean } | null {
  const m = DATELINE.exec(text);
  if (!m) return readTitleDateline(text);
  const g = m.groups!;
  const place = g['place']?.trim();
  if (!place || place.replace(/[^\p{Lu}]/gu, '').length < 3) return null;
  const agency = (g['agency'] ?? g['slashed'])?.trim() ?? null;
  const knownPlace = countryOfAnyCase(place) !== null;
  // ("guessed": a dash alone, with no agency or known place, "MARSAXLOKK - Dockers ..."; before a word in lower
  // case, a name set off by dashes opens the sentence: "NATO - the world's largest alliance - agreed ...")
  if (g['dash'] && !g['day']) {
    const guessed = !agency && !knownPlace;
    if (guessed && /^\p{Ll}/u.test(text.slice(m[0].length))) return null;
    return { dateline: { place, agency }, end: m[0].length, guessed };
  }
  const known = agency && findOutletName(agency, true) ? agency : null;
  // ("NEW DELHI: More than 300 ...", as Indian papers write it: a capital the lexicon knows, then a colon; not a
  // country's name as a roundup's label, "JAPAN: The ministry said ...", nor a speaker's in a transcript)
  if (g['colon'] && (g['day'] || agency || !isCapital(place))) return null;
  if (!knownPlace && !(known && (g['dash'] || g['slashed']))) return null;
  return { dateline: { place, agency: known }, end: m[0].length, guessed: false };
}
const datelineOf = (text: string): Article['dateline'] => readDateline(text)?.dateline ?? null;
/** A capital the lexicon knows (a country's other name, its metonym), not the country's own name. */
const isCapital = (place: string): boolean => countryOfAnyCase(place) !== null && countryOfAnyCase(place, false) === null;

/**
 * "Puerto Alcazar (AFP) - ", "Puerto Alcázar, Marivela - ": a dateline with the place in title case, as some
 * sites write it. Read only with an agency the directory knows, or a known country after the place: "Israel -
 * Hamas ceasefire talks resumed ..." and "Jane Doe - the minister's aide - said ..." open sentences.
 */
const TITLE_DATELINE = /^(?<place>\p{Lu}[\p{L}\p{M}'’.-]+(?:\s\p{Lu}[\p{L}\p{M}'’.-]+){0,2})(?:,\s(?<region>\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,2}))?(?:\s\((?<agency>[^)]{2,40})\))?\s[-–—]{1,2}\s+(?=[\p{Lu}"“‘\d])/u;
function readTitleDateline(text: string): ReturnType<typeof readDateline> {
  const m = TITLE_DATELINE.exec(text);
  const g = m?.groups;
  if (!m || !g) return null;
  const agency = g['agency'] && findOutletName(g['agency'], true) ? g['agency'] : null;
  const region = g['region'] ?? null;
  if (!agency && !(region && countryOfAnyCase(region))) return null;
  return { dateline: { place: region ? `${g['place']}, ${region}` : g['place']!, agency }, end: m[0].length, guessed: false };
}

/**
 * Where the dateline a text opens with ends ("BRUSSELS, March 21 (Reuters) - " is 32 characters), or 0. Here
 * "PLACE -" alone counts only with a place the country lexicon knows: "NATO - the alliance ..." and "AUKUS –"
 * open sentences too, and a sentence is not cut on a guess.
 */
export function datelineEnd(text: string): number {
  const read = readDateline(text);
  return read && !read.guessed ? read.end : 0;
}

const isTitleCase = (s: string): boolean => {
  const long = words(s).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.7;
};

/**
 * A paragraph's id: a hash of its text, with "-2", "-3", ... on the second and later paragraphs of the same
 * text. `used` counts each hash's paragraphs so far (a page of 8,000 "Advertisement" lines looked for a free
 * suffix from 2 each time).
 */
export function paragraphId(text: string, used: Map<string, number>): string {
  const base = `p-${hash('sha256', text, 'hex').slice(0, 8)}`;
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

/**
 * Classifies one line from its text and position; `header` is true until the headline or the first body
 * paragraph, `story` once the story's text has begun, `running` once a paragraph of it ends as a sentence
 * does (a standfirst without its stop may stand above the byline).
 */
function classify(text: string, index: number, count: number, header: boolean, story: boolean, running = story): BlockKind {
  const n = wordCount(text);
  if (TIMESTAMP.some((re) => re.test(text))) return 'timestamp';
  if (header && DATE_HEADER.test(text)) return 'headline';
  if (isDateLine(text, index <= 4)) return 'date';
  // (the site's copyright notice is its own furniture, not a photo's credit: "© 2025 Reuters. All rights
  // reserved.", when it reserves rights or names an outlet; "Copyright reform was signed in 2025." is a sentence)
  // (or, at the foot of the page, a notice with its year or a company's legal form: "© 2025 Al Jazeera Media
  // Network", "© EDICIONES EL PAÍS S.L."; above, "© 2024 Getty Images" credits a photo)
  if (/^(?:©|ⓒ|\(c\)|copyright\b)/i.test(text) && (ownerOf(text) !== null || (n <= 10 && index >= count - 4 && /\b(?:19|20)\d\d\b|\b(?:S\.L|S\.A|Ltd|Inc|LLC|GmbH|plc|Limited)\b\.?$/i.test(text)))) return 'boilerplate';
  if (CAPTION.some((re) => re.test(text)) || isPhotoCredit(text) || (SAYS_PICTURE.test(text) && !SAYS.test(text))) return 'caption';
  if (SOURCE_LINE.test(text) && n <= 12) return 'source-line';
  if (SIGN_OFF.test(text)) return 'boilerplate';
  if ((RELATED_LINE.test(text) || RELATED_HEADING.test(text)) && n <= 30 && index > 0) return 'related'; // (the first line is the headline: "Watch: X and Y clash")
  if (n <= 60 && BOILERPLATE_START.test(text) && (BOILERPLATE.some((re) => re.test(text)) || hashtags(text))) return 'boilerplate';
  // The outlet's name on a line of its own, at the top or the foot of the page.
  // (with its agency or place only below the first line, which is the headline: "Fox News, Dominion settle")
  if ((header || index <= 4 || index >= count - 3) && n <= 6 && !endsLikeSentence(text) && mastheadOutlet(text, index > 0 && index <= 4)) return 'masthead';
  if (index > 0 && n <= 10 && staffByline(text)) return 'byline';
  // (a person's name: "Puerto Alcázar - MAR 12, 2025" is the place the story was filed from and its date)
  const dated = n <= 12 ? nameThenDate(text) : undefined;
  if (dated && !placeFirst(dated)) return 'byline';
  // (near the top, or anywhere above the running text, below a long menu)
  if (index > 0 && (index <= 5 || (!running && index <= 30)) && n <= 16 && isGivenName(text.slice(0, text.indexOf(' '))) && (NAME_IN_PLACE.test(text) || reportersPlaced(text) !== null)) return 'byline';
  // "Jane Doe in Lima. MAURICIO DOE (EFE)": a photo credit, the agency in brackets at the end.
  const agency = /\(([^()]{2,40})\)$/.exec(text)?.[1];
  // ("... in Puerto Alcázar on Tuesday. Andrés Molina (REUTERS)": the photographer in title case after the caption's stop)
  if (agency && !/^by\s/i.test(text) && !endsLikeSentence(text) && findOutletName(agency, true) && /\p{Lu}{3,}[^()]*\($|\.\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s\($/u.test(text.slice(0, -agency.length - 1))) return 'caption';
  // "Firefighters work at the site ... on June 19, 2025. (Yonhap)": before the story begins, a photo with its
  // agency's credit (a paragraph of the story may end so too: a wire brief's only one).
  if (agency && !story && n <= 60 && AGENCY_CREDIT.test(text) && !SAYS.test(text) && !readDateline(text) && findOutletName(agency, true)) return 'caption';
  if (header) return endsLikeSentence(text) || n > 30 ? 'standfirst' : 'headline';
  const nearEnd = index >= count - 3;
  // (a wire's credits run longer: "Reporting by X in Kathmandu and Y in Delhi; Additional reporting by Z; Editing by W")
  // (not a sentence that opens so: "Reporting by The Washington Post last year found that ...")
  const creditWords = /^(?:reporting|additional reporting|writing|editing) by\b/i.test(text);
  const credits = n <= 40 && creditWords && (text.includes(';') || !endsLikeSentence(text) || /\.\s+(?:additional reporting|writing|editing|edited) by\b/i.test(text));
  const finding = creditWords && /\b(?:found|finds|showed|shows|revealed|reveals|suggested|suggests)\b/.test(text);
  if ((n <= 20 || credits) && !finding && (BYLINE.test(text) || (text.includes('contributed') && CONTRIBUTED.test(text)))) return 'byline';
  if (nearEnd && n <= 6 && !endsLikeSentence(text) && DESK.test(text)) return 'byline';
  if (nearEnd && (BIO.test(text) || NAMED_BIO.test(text))) return 'bio';
  if (!endsLikeSentence(text) && n <= 6) return 'subheading';
  // A short question inside the story that asks what, why or how is a section's heading: "What were the
  // charges?" (not a yes-or-no question, an interviewer's as often as not, "Is the government doing enough?",
  // "Did Veltrix pay you?", nor a questioner's, "Reuters: Will talks resume?")
  if (story && n <= 6 && /^(?:What|Why|How|Who|Where|When|Which)\b[^:"“”«»]*\?$/.test(text) && !/\byou(?:r)?\b/i.test(text)) return 'subheading';
  if (!endsLikeSentence(text) && n <= 30 && isTitleCase(text)) return 'related';
  return 'body';
}

/** The name a line of a name and a date opens with (NAME_THEN_DATE), names run together with the date split apart. */
const nameThenDate = (text: string): string | undefined => {
  const placed = NAME_PLACE_DATE.exec(text)?.[1];
  if (placed && isGivenName(placed.split(' ')[0]!, false)) return placed;
  const m = NAME_THEN_DATE.exec(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
  // (a date in numbers after a bar only after a given name: "Frankfurt Stock Exchange | 19.03.2025" is no author)
  if (m && /\d\.\d{1,2}\.\d{4}$/.test(m[0]) && !isGivenName(m[1]!.split(' ')[0]!, false)) return undefined;
  return m?.[1];
};
/** Is that name a place's ("Puerto Alcázar - MAR 12, 2025", "Los Angeles - ..." say where and when the story was filed)? */
const placeFirst = (name: string): boolean => {
  const first = name.split(' ')[0]!;
  return PLACE_PREFIXES.has(first) || ['Los', 'Las', 'New'].includes(first) || countryOfAnyCase(name) !== null;
};
/** What stands between an author's name and the date after it: "| Published:", ", updated", " | 09:15,". */
const PUBLISHED_TAIL =
  /(?:[\s|•·,:–—-]|\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast|[Ff]irst|on|at)\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\b\.?|\d{1,2}[:.]\d{2}(?:\s?[APap]\.?[Mm]\.?)?|\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|IST|JST|KST|HKT|SGT|AEST|AEDT|SAST|WAT|EAT)(?:[+-]\d{1,2}(?::?\d{2})?)?\b)+$/;
/**
 * The date a byline line gives the article ("By Jane Doe | Published: March 14, 2025"): the one it says was
 * published, or else the first not said to be an update; `updated` when there is only an update's.
 */
function publishedIn(text: string): { iso: string; text: string; updated: boolean } | null {
  const dates: { iso: string; text: string; label: string }[] = [];
  let rest = text;
  for (let found = findDate(rest); found && dates.length < 3; found = findDate(rest)) {
    const at = rest.indexOf(found.text);
    dates.push({ ...found, label: rest.slice(Math.max(0, at - 40), at) });
    rest = rest.slice(at + found.text.length);
  }
  const published = dates.find((d) => /\b(?:published|posted|issued)\b/i.test(d.label)) ?? dates.find((d) => !/\b(?:updated|modified)\b/i.test(d.label));
  const chosen = published ?? dates[0];
  return chosen ? { iso: chosen.iso, text: chosen.text, updated: !published } : null;
}

/** A byline's words, without the time of publication that follows them (read in the last 80 characters: a
 * run of separators thousands long was read again from each of its characters). */
function beforePublished(text: string): string {
  const tail = text.slice(-80);
  const cut = PUBLISHED_TAIL.exec(tail)?.[0].length ?? 0;
  return text.slice(0, text.length - cut);
}
/** A name alone: a given name and one or two more capitalised words ("Jane Doe", "Jean-Luc Roe Smith"). */
const NAME_ALONE = /^(\p{Lu}[\p{L}\p{M}'’-]+)(?:\s\p{Lu}\.?)?(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u;
/**
 * Is a short line a byline by what follows it: a name alone, then the author's handle ("@JANEDOECNBC") or
 * the time of publication. (Above anything else, a name alone may be a section's heading or a caption's.)
 */
function bylineAbove(text: string, next: Block | undefined, after: Block | undefined): boolean {
  const m = NAME_ALONE.exec(text);
  if (!m || !next || !isGivenName(m[1]!, false)) return false; // ("Jordan" too: the line after settles it)
  const stamp = (b: Block): boolean => b.kind === 'date' || b.kind === 'timestamp' || (b.kind === 'boilerplate' && /^@\w{2,30}$/.test(b.text)) || isDateLine(b.text, true);
  // (what the author is may stand between: "Jane Doe / Latin America correspondent / @JaneDoeBBC", and then
  // where they report from: "Reporting from Velsgrad")
  return stamp(next) || outletAndPlace(next.text) || (!!after && AUTHOR_ROLE.test(next.text) && (stamp(after) || /^reporting from\s+\p{Lu}/iu.test(after.text)));
}
/** The author's outlet and where they report from, on the line under their name: "BBC News, Tal Ashur crossing". */
const outletAndPlace = (text: string): boolean => {
  const m = /^([^,]{2,40}),\s+\p{Lu}[^,]{1,40}$/u.exec(text);
  return !!m && findOutletName(m[1]!, true) !== null;
};
/** What an author is, on a line of its own under the name. */
export const AUTHOR_ROLE = /^(?:[\p{L}'’-]+\s){0,4}(?:correspondent|reporter|editor|writer|columnist|journalist|analyst)$/iu;

/**
 * The author's names as a byline line gives them: without "By", their places ("Jane Doe in Brussels"), what
 * they are where ("RYO NAKAMURA, Nikkei staff writer") or the outlet after them ("JANE DOE and JOHN ROE
 * Associated Press").
 */
function bylineOf(text: string, dated: string | undefined): string {
  // (without the time of publication after the names: "By Jane Doe | Published: March 14, 2025", "Jane Doe and
  // the news desk June 20, 2024 11:25 AM 2 min read")
  const date = dated ? null : findDate(text);
  const at = date ? text.indexOf(date.text) : -1;
  const line = at > 0 ? beforePublished(text.slice(0, at)) : text;
  const names = (dated ?? line).replace(/^\(?(?:by|written by|reporting by|edited by|text by|[-–—]{0,2}\s*with (?:additional )?assistance from)\s*:?\s+/i, '');
  if (dated) return names;
  const inPlace = NAME_IN_PLACE.exec(names)?.[1] ?? reportersPlaced(names);
  if (inPlace) return inPlace;
  const staff = staffByline(names)?.author;
  if (staff) return staff;
  // An outlet after the names, set off by a comma, "for" or a bar, or by its case after names in capitals
  // ("JANE DOE and JOHN ROE Associated Press"); not a name's last word that is also an outlet's ("Jonathan Stern").
  const last = scanDirectory(names).at(-1);
  if (!last || last.end !== names.length || last.start === 0) return names;
  const before = names.slice(0, last.start);
  const set = /(?:,|\sfor|\s\|)\s*$/.test(before) || (/\p{Lu}{2,}\s+$/u.test(before) && /\p{Ll}/u.test(last.alias));
  const cut = before.replace(/(?:,|\s(?:for|\|))?\s*$/, '');
  return set && cut.split(/\s+/).length >= 2 ? cut : names;
}

/** The owner a copyright notice names ("© 2025 Reuters", "ⓒ The Korea Herald. All rights reserved."), if the line is one. */
const copyrightOwner = (text: string): string | undefined => (COPYRIGHT.exec(text) ?? COPYRIGHT_NAME_FIRST.exec(text))?.[1];

/** The owner a copyright notice names, when it reserves rights or the owner is an outlet the directory knows. */
function ownerOf(text: string): string | null {
  const owner = copyrightOwner(text);
  return owner && (/\ball rights reserved\b/i.test(text) || findOutletName(owner, true)) ? owner : null;
}

/** A sentence, then an agency's name in brackets: "... on June 19, 2025. (Yonhap)". */
const AGENCY_CREDIT = /[.!?]\s*\([^()]+\)$/;

/** A verb of speech: a line that reports what someone said is the story's, not a photo's. */
const SAYS = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);

/** "© 2025 Agency": a copyright notice with its year (a photo credit has none). */
const COPYRIGHT = /^(?:©|ⓒ|\(c\)|copyright)\s*(?:[©ⓒ]\s*|\(c\)\s*)?\d{4}\s+(?:the\s+)?(.{2,60}?)(?:,?\s+(?:Inc|Ltd|LLC|plc|Co|Corp|Corporation|Group|Limited)\.?)?[.,]?(?:\s+all rights reserved\b.*)?$/i;
/** The same notice with its year after the name, or none but its rights ("ⓒ The Korea Herald. All rights reserved."). */
const COPYRIGHT_NAME_FIRST = /^(?:©|ⓒ|\(c\)|copyright)\s*(?:[©ⓒ]\s*|\(c\)\s*)?(?:the\s+)?([^.©ⓒ]{2,60}?)(?:,?\s+(?:Inc|Ltd|LLC|plc|Co|Corp|Corporation|Group|Limited)\.?)?(?:(?:,?\s+\d{4})\.?(?:\s+all rights reserved\b.*)?|\.?\s+all rights reserved\b.*)$/i;

/**
 * The publisher the site's own words name, when nothing stronger does: a copyright notice with its year, or a
 * directory outlet in the site's boilerplate ("Sign up for X's newsletter", "Our Standards: X ...").
 */
function ownNotice(blocks: Block[]): Article['publisherCue'] {
  for (const b of blocks) {
    const owner = b.kind === 'caption' || b.kind === 'boilerplate' ? copyrightOwner(b.text) : undefined;
    const outlet = owner ? findOutletName(owner, true) : null;
    if (outlet) return { name: outlet.name, evidence: `copyright notice "${b.text}" (line ${b.line})` };
  }
  for (const b of blocks) {
    // (so does a byline: "JANE DOE, Nikkei staff writer")
    const outlet = b.kind === 'byline' ? staffByline(b.text)?.outlet : undefined;
    if (outlet) return { name: outlet, evidence: `byline "${b.text}" (line ${b.line})` };
  }
  for (const b of blocks) {
    // (an author's bio names the paper they work for: "Jane Doe is the Guardian's Andean correspondent")
    const outlet = (b.kind === 'boilerplate' && SELF_NAMING.test(b.text)) || b.kind === 'bio' ? findOutletName(b.text, false) : null;
    if (outlet) return { name: outlet.name, evidence: `the site's own words "${b.text.length > 60 ? `${b.text.slice(0, 60)}…` : b.text}" (line ${b.line})` };
  }
  return null;
}

export function parseSource(source: Source): Article {
  const lines = source.text.split('\n');
  const warnings: string[] = [];
  const taken = new Map<string, number>();
  const present = lines.map((raw, i) => ({ text: raw.trim(), line: i + 1 })).filter((l) => l.text !== '');
  const blocks: Block[] = [];
  // The header (date line, masthead, headline) ends with the headline or the first running text.
  let header = true;
  // After a bare "Read more:", the next short lines are the links it introduces.
  let links = 0;
  // Whether the story's running text has begun (a photo's caption stands before it), and a paragraph of it
  // that ends as a sentence does.
  let story = false;
  let runningSeen = false;
  for (const [i, l] of present.entries()) {
    let kind = classify(l.text, i, present.length, header && i < 4, story, runningSeen);
    // (a link is a headline, with no full stop: a line that ends with one is the story going on)
    if (links > 0 && ['body', 'subheading', 'related'].includes(kind) && wordCount(l.text) <= 25 && !/[\p{Ll}\d]\.["”’)]*$/u.test(l.text)) (kind = 'related'), links--;
    else links = 0;
    if (kind === 'related' && ((/:\s*$/.test(l.text) && RELATED_LINE.test(l.text)) || RELATED_HEADING.test(l.text))) links = 4;
    if (kind === 'headline' || kind === 'standfirst' || kind === 'body') header = false;
    if (kind === 'body' || kind === 'standfirst') story = true;
    const block: Block = { id: paragraphId(l.text, taken), n: blocks.length + 1, kind, line: l.line, text: l.text, sentences: sentenceBounds(l.text) };
    blocks.push(block);
    runningSeen ||= running(block);
  }

  // "Jane Doe" on a line of its own near the top, above her handle or the time of publication: the author.
  // (The top: the first dozen lines, or down to the story's running text below a long menu, at most 30.)
  const pageTop = Math.max(12, Math.min(30, blocks.findIndex(running)));
  for (const [i, b] of blocks.entries()) {
    if (i > pageTop || b.kind !== 'subheading' || !bylineAbove(b.text, blocks[i + 1], blocks[i + 2])) continue;
    b.kind = 'byline';
    if (AUTHOR_ROLE.test(blocks[i + 1]!.text)) blocks[i + 1]!.kind = 'byline';
    else if (outletAndPlace(blocks[i + 1]!.text)) blocks[i + 1]!.kind = 'boilerplate';
  }
  // Under a byline, the place the story was filed from and its date ("Puerto Alcázar - MAR 12, 2025 - 06:30 CET").
  for (const [i, b] of blocks.entries()) if (i > 0 && i <= pageTop + 2 && (b.kind === 'subheading' || b.kind === 'related') && blocks[i - 1]!.kind === 'byline' && isDateLine(b.text, true)) b.kind = 'date';

  // The headline below the site's furniture ("Skip to main content", the masthead, section names): the lines
  // above it are the site's (a date header's page keeps its header, whose date is the page's: below).
  const dateHeader = DATE_HEADER.test(blocks[0]?.text ?? '');
  const chosen = headlineIndex(blocks);
  if (chosen > 0 && !dateHeader) {
    // (one masthead: a directory name below it is a section's label, The National's "Gulf News")
    let mastheadSeen = blocks.slice(0, chosen).some((b) => b.kind === 'masthead');
    for (const b of blocks.slice(0, chosen)) {
      if (!MAY_BE_HEADLINE.has(b.kind)) continue;
      b.kind = !mastheadSeen && mastheadOutlet(b.text, true) ? 'masthead' : 'boilerplate';
      mastheadSeen ||= b.kind === 'masthead';
    }
    blocks[chosen]!.kind = 'headline';
  }

  // A brief of one paragraph that ends with its agency ("... closed lower. (Yonhap)") read as a photo's
  // caption: with no running text besides, it is the story.
  if (!blocks.some((b) => isStoryKind(b.kind))) for (const b of blocks) if (b.kind === 'caption' && AGENCY_CREDIT.test(b.text)) b.kind = 'body';

  // Title: the headline; else the first sentence of the opening text.
  const headline = blocks.find((b) => b.kind === 'headline');
  let title: string;
  let titleFrom: Article['titleFrom'] = 'headline';
  let date: string | null = null;
  let dateText: string | null = null;
  if (headline) {
    const m = DATE_HEADER.exec(headline.text);
    title = m?.[2] ?? headline.text;
    // "date 2024-02-20 All Sections": a scraped date header followed by navigation, not a headline.
    const titleLike = (b: Block): boolean => !endsLikeSentence(b.text) && wordCount(b.text) >= 4 && wordCount(b.text) <= 25 && ['related', 'headline', 'subheading', 'body', 'standfirst'].includes(b.kind);
    const next = (dateHeader && chosen > 0 ? blocks[chosen] : undefined) ?? blocks.slice(blocks.indexOf(headline) + 1, blocks.indexOf(headline) + 6).find(titleLike);
    if (m && wordCount(title) <= 3 && next) title = next.text;
    if (m?.[1]) ({ iso: date, text: dateText } = findDate(m[1]) ?? { iso: null, text: null });
  } else {
    const first = blocks.find((b) => isStoryKind(b.kind)) ?? blocks[0];
    title = first ? first.text.slice(first.sentences[0] ?? 0, first.sentences[1] ?? first.text.length) : source.name;
    titleFrom = 'first-sentence';
    warnings.push('No headline found: the title is the first sentence of the text.');
  }

  // Date: a date line in the header, else the latest date in a photo credit or time stamp.
  if (!date) {
    const line = blocks.find((b) => b.kind === 'date');
    const found = line && findDate(line.text);
    if (found && line) ({ iso: date } = found), (dateText = line.text);
  }
  // The byline that carries it, above the story: "By Jane Doe | Published: March 14, 2025", "Wang Xu | 09:15, June 19, 2025".
  const bylineBlock = blocks.find((b) => b.kind === 'byline' && !/^[-–—]{0,2}\s*with (?:additional )?assistance from\b/i.test(b.text));
  // (above the story; just below its standfirst only after the lines above the story: below)
  const storyStart = blocks.find(running)?.n ?? blocks.length + 1;
  const bylineAboveStory = !!bylineBlock && bylineBlock.n < (blocks.find((b) => isStoryKind(b.kind))?.n ?? 0);
  const bylineDated = !date && bylineBlock && (bylineAboveStory || bylineBlock.n <= storyStart + 2) ? publishedIn(bylineBlock.text) : null;
  if (bylineDated && !bylineDated.updated && bylineAboveStory) ({ iso: date, text: dateText } = bylineDated);
  // A date on a short line above the story that no rule above read: "Source: Xinhua | 2025-03-11 21:46:05 |
  // Editor: ...", "TNN / Updated: Mar 13, 2025, 09:12 IST", "Jane Doe |13.03.2025 - Update : 13.03.2025". Not a
  // line of the story, a caption's (the photo's date) or a link's (its story's: "Read more: the quake of January
  // 7, 2025") unless it says it dates the page; and only when no time stamp above the story dates it: those
  // come next.
  const stamped = blocks.some((b) => b.n < storyStart && b.kind === 'timestamp' && findDate(b.text));
  const above = blocks.filter(
    (b) => b.n < storyStart && !['caption', 'headline', 'body', 'standfirst'].includes(b.kind) && (b.kind !== 'related' || /\b(?:published|updated?|posted)\b/i.test(b.text)) && wordCount(b.text) <= 20,
  );
  for (const b of date || stamped ? [] : above) {
    const found = findDate(b.text);
    if (found) {
      ({ iso: date, text: dateText } = found);
      break;
    }
  }
  if (!date && bylineDated && !bylineDated.updated) ({ iso: date, text: dateText } = bylineDated);
  if (!date) {
    const stamps = blocks
      .filter((b) => b.kind === 'caption' || b.kind === 'timestamp')
      .flatMap((b) => {
        const tail = /(\d{2}\.\d{2}\.\d{4})$/.exec(b.text)?.[1];
        const found = findDate(b.kind === 'caption' ? (tail ?? '') : b.text);
        return found ? [found] : [];
      })
      .sort((a, b) => (a.iso < b.iso ? 1 : -1));
    if (stamps[0]) ({ iso: date, text: dateText } = stamps[0]);
  }
  // (a byline's date of its last update only when nothing else dates the page)
  if (!date && bylineDated) ({ iso: date, text: dateText } = bylineDated);

  // Dateline: "PLACE, Month Day (Agency) - " at the start of one of the first body paragraphs.
  let dateline: Article['dateline'] = null;
  for (const b of blocks.filter((x) => isStoryKind(x.kind)).slice(0, 3)) {
    dateline = datelineOf(b.text);
    if (dateline) break;
  }

  // What the text says about its publisher, strongest first.
  const sourceLine = blocks.find((b) => b.kind === 'source-line');
  const masthead = blocks.find((b) => b.kind === 'masthead');
  const sourceCue = sourceLine && { name: SOURCE_LINE.exec(sourceLine.text)![1]!.trim(), evidence: `"${sourceLine.text}" (line ${sourceLine.line})` };
  const mastheadCue = masthead && { name: mastheadOutlet(masthead.text, true)?.name ?? masthead.text, evidence: `masthead "${masthead.text}" (line ${masthead.line})` };
  const datelineCue = dateline?.agency ? { name: dateline.agency, evidence: `dateline "${dateline.place} (${dateline.agency})"` } : null;
  // A masthead at the top outranks the dateline's agency; one at the foot (a credit, perhaps) does not.
  const top = !!masthead && blocks.indexOf(masthead) <= 4;
  const publisherCue: Article['publisherCue'] = sourceCue || (top ? mastheadCue : null) || datelineCue || mastheadCue || ownNotice(blocks);

  // A date line whose numbers leave the order open ("Published on 11/03/2025 - 18:40"), read as the publisher's
  // country writes dates, when the directory knows the publisher and its country (an international agency's
  // pages are served by sites that write dates either way).
  const country = !date && publisherCue ? findOutletName(publisherCue.name, false)?.country : undefined;
  if (country && country !== 'International') {
    for (const b of blocks) {
      // (or a short line near the story's start that says it is the time of publication: "Published On 12/03/2025",
      // which may stand below the standfirst)
      const dated = b.kind === 'date' || b.kind === 'timestamp' || (b.n < storyStart + 6 && wordCount(b.text) <= 8 && /^(?:published|updated|posted|issued)\b/i.test(b.text));
      const found = dated && slashedDate(b.text, country !== 'United States');
      if (found) {
        ({ iso: date } = found);
        dateText = b.text;
        break;
      }
    }
  }

  // (the author's line, not the line crediting others' help: "-- With assistance from X")
  const dated = bylineBlock && nameThenDate(bylineBlock.text);
  const byline = bylineBlock ? bylineOf(bylineBlock.text, dated) : null;

  return { id: '', source, title, titleFrom, date, dateText, dateline, publisherCue, byline, url: null, blocks, warnings };
}
