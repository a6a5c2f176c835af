/**
 * Which line of a scraped page is its headline. Pages open with their site's furniture: a "Skip to main
 * content" link, the masthead ("EL PAÍS English", "AFP - Agence France-Presse"), a tagline, section labels
 * ("World", "Americas"), breadcrumbs ("News|Elections"). The headline is the first line below them that
 * reads as one and shares words with the story; the first line stays the headline unless it is furniture.
 */
import { countryOfAnyCase } from './countries.ts';
import { isDateLine } from './dates.ts';
import { scanDirectory } from './extract/outlet-directory.ts';
import { wordCount } from './text.ts';
import type { Block } from './types.ts';

const SKIP_LINK = /^(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation|article|story|menu)\b/i;
/** The words of a site's menus ("Menu Content", "Go Top", "Sign In"): a line of them only is furniture. */
const NAV_WORDS = new Set('menu content contents search go top home sign in log out up share save print subscribe newsletter newsletters sections more back to main navigation skip links'.split(' '));
/**
 * "News|Elections", "World › Middle East & Africa", "Home / News / World": a trail of section names, each in
 * capitals or title case ("Opinion | Why the truce failed" and "Trump / Harris debate" are headlines).
 */
const SECTION = "(?:\\p{Lu}[\\p{L}'’.-]*|&|and)(?:\\s(?:\\p{Lu}[\\p{L}'’.-]*|&|and)){0,3}";
const BREADCRUMB = new RegExp(`^${SECTION}(?:(?:\\s*[|›»>]\\s*${SECTION})+|(?:\\s\\/\\s${SECTION}){2,})$`, 'u');
/** What follows a site's name in its masthead: its edition, its language, its full name ("EL PAÍS English", "AFP - Agence France-Presse"). */
const EDITION_WORDS = new Set('english español espanol français francais deutsch international edition online digital news world uk us live agence france-presse press com by back to home homepage'.split(' '));
/** Kinds a headline may have been given before this: the first line is a headline, a later one body or a heading. */
export const MAY_BE_HEADLINE: ReadonlySet<Block['kind']> = new Set(['headline', 'subheading', 'related', 'body', 'standfirst']);
/** Short words that say nothing of what a story is about. */
const STOP = new Set('with from that this have will said says their after over they been were more what when also into than them some about which would there where while here your just only other such'.split(' '));

/** A line's content words as their first four letters, so "signs" meets "signed" and "leaders" "leader" (not numbers: a year is in every story). */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}\p{N}]{3,}/gu) ?? []) if (!STOP.has(w)) out.add(w.slice(0, 4));
  return out;
}

/** The site's own name standing alone, perhaps with its edition or full name ("EL PAÍS English", "BBC News"). */
function mastheadLine(text: string): boolean {
  const hits = scanDirectory(text);
  if (!hits.length) return false;
  let rest = text;
  for (const h of hits.reverse()) rest = rest.slice(0, h.start) + rest.slice(h.end);
  const left = rest.split(/[\s|:–—]+/).filter((w) => /\p{L}/u.test(w));
  // (the site's name in its own script too: "Xinhua | 新华网")
  return left.length <= 3 && left.every((w) => EDITION_WORDS.has(w.toLowerCase()) || !/[A-Za-z]/.test(w));
}

/** Site furniture above a headline: a skip link, menus, a trail of sections, a section's name (a word, or two capitalised) or a country's, the masthead, a date. */
export function isFurniture(text: string): boolean {
  const n = wordCount(text);
  return (
    n === 1 ||
    (n === 2 && !/(?:^|\s)\p{Ll}/u.test(text)) ||
    SKIP_LINK.test(text) ||
    text.split(/\s+/).every((w) => NAV_WORDS.has(w.toLowerCase())) ||
    BREADCRUMB.test(text) ||
    countryOfAnyCase(text.replace(/^the\s+/i, '')) !== null ||
    mastheadLine(text) ||
    isDateLine(text)
  );
}

/** Could the block be a headline: three to thirty words, not a sentence with its full stop. */
const headlineLike = (b: Block): boolean => MAY_BE_HEADLINE.has(b.kind) && wordCount(b.text) >= 3 && wordCount(b.text) <= 30 && !/[.;:,]["”’)]*$/.test(b.text);
/** The running text has begun: a sentence of a dozen words or more, with its stop (a question may be the headline). */
const running = (b: Block): boolean => (b.kind === 'body' || b.kind === 'standfirst') && wordCount(b.text) >= 12 && /[.!]["”’)]*$/.test(b.text);

/** How many lines of a page's top are looked at for its headline: a site's menu may run to twenty items. */
const TOP = 30;

/**
 * The index of the block that is the page's headline when it is not the first line, or -1 to keep the first.
 * Only blocks above the running text are looked at, at most TOP.
 */
export function headlineIndex(blocks: Block[]): number {
  const top = blocks.slice(0, TOP);
  const end = top.findIndex(running);
  const region = end < 0 ? top : top.slice(0, end);
  if (region.length < 2) return -1;
  // (a scraped date header, "date 2024-06-21 Menu Content", is read without its date; a cookie banner above
  // it all is the site's too)
  const lead = blocks.find((b) => b.kind !== 'boilerplate') ?? blocks[0]!;
  if (!isFurniture(lead.text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i, ''))) return -1;
  const story = blocks.filter((b, i) => i >= region.length && (b.kind === 'body' || b.kind === 'standfirst'));
  const storyStems = stems(story.map((b) => b.text).join(' '));
  const shared = (b: Block): number => [...stems(b.text)].filter((s) => storyStems.has(s)).length;
  // A byline stands under the headline: the lines below it are a summary's ("Summary", "Companies" and its
  // points), not a menu with the headline under it. Looked for above the byline first.
  const byline = region.findIndex((b, i) => i > 1 && b.kind === 'byline');
  const aboveByline = byline > 0 ? pick(region.slice(0, byline), shared) : -1;
  return aboveByline >= 0 ? aboveByline : pick(region, shared);
}

/** A label over other stories' headlines: "Most read", "Trending", "Related", "More from World". */
const TEASER_LABEL = /^(?:most (?:read|popular|viewed|shared)|trending(?: now)?|related(?: stories| articles)?|recommended|popular|top stories|latest(?: news)?|more from\b.{0,30}|read more|you may also like)$/i;

/** The headline's index in the page's top lines (see headlineIndex), or -1; `shared` counts a line's words the story has. */
function pick(region: Block[], shared: (b: Block) => number): number {
  const furniture = region.map((b) => isFurniture(b.text));
  // (two of its words at least, and half: a site's tagline, "Exclusive news, data and analytics for financial
  // market professionals", shares a few words with any story; but two are enough for the last line that may be
  // a headline above the story, where a headline stands: "Taravia jails ex-minister for graft, but will the
  // conviction stand?")
  // The first that may be, below the site's menus when it has some: a tagline above them ("Exclusive news,
  // data and analytics for financial market professionals") shares some words with a business story too.
  const candidates = region.map((b, i) => i > 0 && headlineLike(b) && !furniture[i]);
  const lastCandidate = candidates.lastIndexOf(true);
  const qualifies = (b: Block, i: number): boolean => candidates[i]! && shared(b) >= 2 && (i === lastCandidate || shared(b) >= 0.5 * stems(b.text).size);
  // (a menu: two furniture lines running at least; one alone, "author:China.com", is no menu)
  const menuEnd = furniture.findLastIndex((f, i) => f && i < lastCandidate && (furniture[i - 1] || furniture[i + 1]));
  const below = region.findIndex((b, i) => i > menuEnd && qualifies(b, i));
  const chosen = below >= 0 ? below : region.findIndex(qualifies);
  // The last line above the story may be a standfirst without its stop, under a shorter headline that shares
  // fewer of the story's words: "Elbstrand agrees to talks with Tirrenia after ransomware ordeal" over "Port
  // groups sign memorandum of understanding as Italian bidder raises offer to €39 a share". (Six words at
  // least: a topic's label above a headline, "Hamburg port attack", is shorter.)
  // (not a teaser under "Most read" or "Related", above the headline)
  const above = chosen - 1;
  const words = (i: number): number => wordCount(region[i]!.text);
  const teaser = TEASER_LABEL.test(region[above - 1]?.text ?? '');
  const headlineOver = chosen === lastCandidate && !teaser && above > menuEnd && candidates[above]! && shared(region[above]!) >= 2 && words(above) >= 6 && words(above) < words(chosen);
  return headlineOver ? above : chosen;
}
