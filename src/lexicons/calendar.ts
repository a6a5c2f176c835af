/** The names of the months and weekdays in English, as the expressions that read dates and tell times from names use them. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** A weekday written out, as an expression's part (no group it captures): "Monday", "Wednesday". */
export const WEEKDAY_PATTERN = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/** Any month or weekday, written out: an expression's alternatives ("the Pact on Sunday", "the Times of June 19"). */
export const CALENDAR_WORDS = [...MONTH_NAMES, ...WEEKDAY_NAMES].join('|');

/** A month written out or shortened, with an optional dot: "January", "Jan.", "Sept", "Sep"; captures the word. */
export const MONTH_PATTERN = `(${MONTH_NAMES.map((m) => (m === 'September' ? 'Sept?(?:ember)?' : m.length > 3 ? `${m.slice(0, 3)}(?:${m.slice(3)})?` : m)).join('|')})\\.?`;

/** The number of a month MONTH_PATTERN matched ("Sept", "jan.", "June" → 9, 1, 6), by its first three letters; 0 for none. */
export const monthNumber = (word: string): number => MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase()) + 1;
