/**
 * Hostile shapes of text for `npm run bench:hostile`: one article whose size grows, in a shape that once made
 * a stage quadratic or worse (each found by fuzzing the ingest). Every shape's text is made-up words, so the
 * measure is of the pipeline's cost, not of what it finds. `words` is about how many words the article has.
 */
const GIVEN = 'James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen'.split(' ');
const SYLLABLES = ['ka', 'lo', 'ren', 'mar', 'vit', 'sel', 'dor', 'bra', 'ne', 'quin', 'tas', 'mol', 'fer', 'gu', 'lin', 'tor', 'zan', 'pel', 'rud', 'hov'];

/** A made-up family name, different for each i ("Kalorenson"). */
function surname(i: number): string {
  let x = i + 7;
  let out = '';
  do {
    out += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  } while (x > 0);
  return `${out[0]!.toUpperCase()}${out.slice(1)}son`;
}

/** A made-up lower-case word, different for each i ("bakex"). */
function word(i: number): string {
  const s = ['ba', 'ke', 'lo', 'mi', 'nu', 'ra', 'si', 'to', 'vu', 'ze'];
  let x = i;
  let out = '';
  do {
    out += s[x % 10];
    x = Math.floor(x / 10);
  } while (x > 0);
  return `${out}x`;
}
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const line = (n: number, f: (i: number) => string, sep = ' '): string => Array.from({ length: Math.max(1, Math.round(n)) }, (_, i) => f(i)).join(sep);
const paragraphs = (n: number, f: (i: number) => string): string => line(n, f, '\n\n');

/** An article around the hostile body: a headline, a byline, a date and a plain paragraph before and after. */
export const article = (body: string): string =>
  `Leaders Meet In Capital For Talks\n\nBy Jane Doe, Reuters\n\nJune 19, 2024\n\nSEOUL - The minister said the talks would continue next week, officials said.\n\n${body}\n\nThe talks ended on Friday without a deal, officials said.\n`;

export const SHAPES: { name: string; body: (words: number) => string }[] = [
  { name: 'shouted capitals', body: (n) => line(n, (i) => ['EL', 'PAÍS', 'US', 'UN'][(i * 7 + i * i) % 4]!) },
  { name: 'dotted initials', body: (n) => `The talks ${line(n / 2, (i) => `A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T. Word${i}`)} ended.` },
  { name: 'run of stops', body: (n) => `The talks ended${'.'.repeat(n * 5)} then` },
  { name: 'identical lines', body: (n) => paragraphs(n, () => 'Advertisement') },
  { name: 'names in one list', body: (n) => `The meeting was attended by ${line(n / 2, (i) => `${GIVEN[i % GIVEN.length]} ${surname(i)}`, ', ')} and others.` },
  { name: 'full names, then short', body: (n) => paragraphs(n / 6, (i) => `${GIVEN[i % GIVEN.length]} ${surname(i)} arrived. ${surname(i)} left.`) },
  { name: 'one given name, many', body: (n) => paragraphs(n / 10, (i) => `Officials said John ${surname(i * 20 + 3)} and John ${surname(i * 20 + 13)} arrived on Friday.`) },
  { name: 'roles of one person', body: (n) => paragraphs(n / 6, (i) => `Minister of ${cap(word(i))} Affairs John Smith spoke.`) },
  { name: 'capitals after "agreement"', body: (n) => `The agreement covers ${line(n, (i) => cap(word(i)))} today.` },
  { name: 'one agreement, repeated', body: (n) => `The ministers discussed ${line(n / 3, () => 'the Alpha Treaty', ', ')} on Friday.` },
  { name: 'quotes without stops', body: (n) => line(n / 8, (i) => `“we will ${word(i)} it,” he said, and`) },
  { name: 'weekdays in one sentence', body: (n) => `The talks were held on ${line(n / 2, (i) => `${['Monday', 'Tuesday', 'Friday'][i % 3]} and`)} Sunday.` },
  { name: 'numeric dates in one line', body: (n) => `The minister arrived on ${line(n, (i) => `${String(1 + (i % 28)).padStart(2, '0')}.0${1 + (i % 9)}.20${10 + (i % 14)}`)} today.` },
  { name: 'one date, many sentences', body: (n) => paragraphs(n / 10, (i) => `Officials said ${word(i)} ${word(i + 50000)} ${word(i + 90000)} happened on June 19, 2024 in the capital.`) },
  { name: 'one name, many sentences', body: (n) => `John Smith arrived. ${line(n / 3, (i) => `Then Smith ${word(i)}.`)}` },
  { name: 'initials after "death toll"', body: (n) => paragraphs(n / 6, () => 'The death toll A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T. fell.') },
  { name: 'shares of the vote', body: (n) => paragraphs(n / 9, (i) => `${GIVEN[i % GIVEN.length]} ${surname(i)} won ${10 + (i % 80)}.${i % 10}% of the vote.`) },
  { name: 'quotes with appositions', body: (n) => paragraphs(n / 14, (i) => `“We will ${word(i)} it,” ${GIVEN[i % GIVEN.length]} ${surname(i)}, a former minister, told reporters.`) },
  { name: 'prison terms in one paragraph', body: (n) => line(n / 8, (i) => `${GIVEN[i % GIVEN.length]} ${surname(i)} was jailed for ${1 + (i % 20)} years.`) },
  { name: 'prison terms, one distant subject', body: (n) => `John Smith, then spoke and ${line(n / 6, () => 'was jailed for two years and')} left.` },
  { name: 'prison terms in one sentence', body: (n) => `The court ${line(n / 6, (i) => `jailed ${GIVEN[i % GIVEN.length]} ${surname(i)} for ${1 + (i % 20)} years`, ', ')}.` },
  { name: 'a byline with a run of bars', body: (n) => `By Jane Doe ${'|'.repeat(n * 5)}x June 3, 2025` },
  { name: 'a name, a time and a run of spaces', body: (n) => `Jane Doe | 09:15${' '.repeat(n * 5)}x` },
  { name: 'a name, a place and a run of spaces', body: (n) => `Jane Doe, Hamburg${' '.repeat(n * 5)}| x` },
  { name: 'headline-like lines on top', body: (n) => paragraphs(n / 6, (i) => `World › ${cap(word(i))} News | ${cap(word(i + 1))}`) },
  { name: 'quotes left open', body: (n) => paragraphs(n / 10, (i) => `In a statement, ${GIVEN[i % GIVEN.length]} ${surname(i)} said: "We will ${word(i)} the ${word(i + 1)} today`) },
  { name: 'initials defined in one paragraph', body: (n) => line(n / 8, (i) => `the ${cap(word(i))} ${cap(word(i + 1))} Safety Authority (${cap(word(i)).slice(0, 3).toUpperCase()}S) said, according to the ${cap(word(i)).slice(0, 3).toUpperCase()}S, and`) },
  { name: 'companies named head first', body: (n) => paragraphs(n / 7, (i) => `An Aerolinea ${cap(word(i))} ${cap(word(i + 1))} jet landed. ${cap(word(i))} ${cap(word(i + 1))} said so.`) },
  { name: 'one capitalised word before initials', body: (n) => `${'A'.repeat(n * 5)} (AB) said so.` },
  { name: 'a name, a bar and a run of spaces', body: (n) => `Jane Doe |${' '.repeat(n * 5)}x` },
  { name: 'closures, ransoms and resignations', body: (n) => line(n / 14, (i) => `the port was shut for ${1 + (i % 9)} days after a ransom of ${1 + i} million euros and the chief resigned on Friday, and`) },
];
