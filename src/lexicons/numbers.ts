/** Numbers written out in English, as sentences give counts, terms and spans ("Fifteen workers", "Twenty-three died", "five days"). */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Each number from one to ninety-nine written out, lower case, and its value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...UNITS.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ...TENS.flatMap((w, i) => [[w, 20 + 10 * i] as const, ...UNITS.map((u, k) => [`${w}-${u}`, 21 + 10 * i + k] as const)]),
]);

/**
 * The same numbers as an expression's part (no group it captures), longest forms first ("fourteen" before
 * "four"). It branches on the words' letters, not a list of ninety tried one by one at every position.
 */
export const NUMBER_WORD_PATTERN = `(?:${TENS.map((w) => w.slice(0, -2)).join('|')})ty(?:-(?:${UNITS.join('|')}))?|(?:${TEENS.slice(3).map((w) => w.slice(0, -4)).join('|')})teen|${[...UNITS, ...TEENS.slice(0, 3)].join('|')}`;
