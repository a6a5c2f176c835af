/** Dates as news text writes them, to ISO YYYY-MM-DD. Never reads the clock. */
import { MONTH_NAMES, MONTH_PATTERN, monthNumber, WEEKDAY_NAMES, WEEKDAY_PATTERN } from '../lexicons/calendar.ts';
import { countryOfAnyCase } from './countries.ts';
import { eastAsianFamily, isGivenName } from './names.ts';

const MONTH = MONTH_PATTERN;
const WEEKDAY = WEEKDAY_PATTERN;

const iso = (y: number, m: number, d: number): string | null =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1800 && y <= 2200
    ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;

/**
 * Day and month of a date written with slashes ("21/03/2025", "03/21/2025"), when the numbers tell them
 * apart: one of them is over 12. "03/04/2025" could be either, and is null.
 */
export function slashedDayMonth(a: number, b: number): [day: number, month: number] | null {
  if (a > 12 === b > 12) return null;
  return a > 12 ? [a, b] : [b, a];
}

const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/;

/**
 * A date with slashes whose order the numbers leave open ("11/03/2025"), read in the order the site's country
 * writes dates: month first in the United States, day first elsewhere.
 */
export function slashedDate(text: string, dayFirst: boolean): { iso: string; text: string } | null {
  const m = SLASHED.exec(text);
  if (!m) return null;
  const [a, b] = [+m[1]!, +m[2]!];
  const value = dayFirst ? iso(+m[3]!, b, a) : iso(+m[3]!, a, b);
  return value ? { iso: value, text: m[0] } : null;
}

/** Patterns that hold a full date, most specific first; each returns the ISO date of its match. */
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  // (Any case: "22 JUN 2026" as some sites set the date.)
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i'), read: (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!) },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})`, 'i'), read: (m) => iso(+m[3]!.slice(0, 4), monthNumber(m[2]!), +m[1]!) },
  { re: /\b(\d{2})\.(\d{2})\.(\d{4})\b/, read: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
  { re: SLASHED, read: (m) => {
    const dm = slashedDayMonth(+m[1]!, +m[2]!);
    return dm && iso(+m[3]!, dm[1], dm[0]);
  } },
];

/** The first full date in `text`, or null. "19 June 202402:21 GMT" (a run-together time) still gives 2024-06-19. */
export function findDate(text: string): { iso: string; text: string } | null {
  if (!/\d/.test(text)) return null; // (every pattern needs a digit; most lines have none)
  let best: { iso: string; text: string; at: number } | null = null;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(text);
    const value = m ? read(m) : null;
    if (m && value && (!best || m.index < best.at)) best = { iso: value, text: m[0], at: m.index };
  }
  return best && { iso: best.iso, text: best.text };
}

/**
 * True when the whole line is a date, perhaps with a weekday and a time ("Nov. 28, 2024 Thursday", "Fri 21
 * Mar 2025 06.45 GMT"), or the dates a page was issued and modified ("Issued on: 21/03/2025 - 09:12
 * Modified: 21/03/2025 - 11:40").
 */
export function isDateLine(line: string, place = true): boolean {
  let rest = line;
  for (let found = findDate(rest), n = 0; found && n < 3; found = findDate(rest), n++) rest = rest.replace(found.text, ' ');
  if (rest === line) return false;
  rest = rest
    .replace(new RegExp(WEEKDAY, 'g'), '')
    .replace(/\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?/g, '')
    .replace(/\b(?:last update(?:d)?(?: on)?|updated on|last modified(?: on)?)\b:?/gi, '')
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:(?:GMT|UTC|[A-Z]{2,4})\b(?:[+-]\d{1,2}(?::?\d{2})?)?)?/gi, '')
    .replace(/\b(?:updated\s+)?\d+\s+(?:minutes?|hours?|days?)\s+ago\b/gi, '')
    .replace(/\b(?:published|updated|posted|issued|modified|first published|date|on|at)\b:?/gi, '')
    .replace(/[\s,|:–—-]+/g, ' ')
    .trim();
  // ("Bogotá - 22 JUN 2026 - 10:15 CEST": the place the page was filed from, before its date; only where
  // `place` says a date line may stand, near the top: "Kyiv, 24 February 2022" in the text is no date line.
  // There too, a section's label before the time: "All News 16:42 June 19, 2025".)
  // (at the line's start, set apart from the date, and no name: "Alona MazurenkoTuesday, 20 February 2024,
  // 10:04" and "Wang Xu | 09:15, June 19, 2025" are an author's byline with its date)
  const label =
    place && /\b\d{1,2}:\d{2}\b/.test(line) && /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?$/u.test(rest) && line.startsWith(rest) && /^\s*[\s|:,–—-]/.test(line.slice(rest.length)) && !isGivenName(rest.split(' ')[0]!) && !eastAsianFamily(rest.split(' ')[0]!);
  return rest === '' || /^\d{2}:\d{2}/.test(rest) || label || (place && countryOfAnyCase(rest) !== null);
}

/** The weekdays in the order Date.getUTCDay() numbers them, from Sunday. */
const FROM_SUNDAY = [WEEKDAY_NAMES[6], ...WEEKDAY_NAMES.slice(0, 6)];

/** "2024-06-19" → "19 June 2024", "2000-07" → "July 2000", "1961" → "1961": the date as the dossier shows it. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-');
  return [d && String(Number(d)), m && MONTH_NAMES[Number(m) - 1], y].filter(Boolean).join(' ');
}

/** The weekday of a YYYY-MM-DD date, by the calendar (UTC), never by the clock. */
export function weekdayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return FROM_SUNDAY[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/**
 * The day a weekday means in an article of the given date: that weekday on or before it ("on Wednesday" in a
 * report of Friday 20 June 2025 is 18 June). By the calendar (UTC), never by the clock.
 */
export function weekdayBefore(date: string, weekday: string): string | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const want = FROM_SUNDAY.findIndex((w) => w!.toLowerCase() === weekday.toLowerCase());
  if (want < 0 || !d) return null;
  const day = new Date(Date.UTC(y, m - 1, d));
  day.setUTCDate(d - ((day.getUTCDay() - want + 7) % 7));
  return day.toISOString().slice(0, 10);
}

/** A year written alone ("in 1961", "the 2000 Declaration"). */
export const YEAR = /\b(1[89]\d{2}|20\d{2})\b/;
