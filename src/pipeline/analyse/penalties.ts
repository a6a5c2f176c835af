/**
 * Prison sentences the sources give, each of the person it was handed to: "sentenced Jane Doe to eight years
 * in prison", "Doe was jailed for seven years", "a seven-year prison term for Doe". Different terms for the
 * same person in different sources are a disagreement, though one may be given before an appeal and one after.
 */
import type { Dossier } from '../resolve/index.ts';
import type { Statement } from './events.ts';
import { peopleOfSentences, type Sentence } from './sentences.ts';

/** A term said of a person: `subject` is "person:<id>", `norm` the term in months. */
export type Penalty = Omit<Statement, 'event'> & { subject: string };

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30 };
/** "eight years in prison", "a seven-year prison term", "jailed for 18 months", "life"-less: a number and its unit. */
const TERM = /\b(?<n>\d{1,2}(?:\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)[\s-](?<unit>years?|months?)\b/gi;
/** What makes the number a prison term: said of prison after it, or of a sentence given before it. */
const PRISON_AFTER = /^(?:\s+(?:in|of)\s+(?:prison|jail|detention)|\s+behind\s+bars|\s+(?:prison|jail)\s+(?:term|sentence)|\s+imprisonment|\s+(?:term|sentence)\b)/i;
const GIVEN_BEFORE = /\b(?:sentenced(?:\s+\S+){0,6}?\s+to|jailed\s+for|imprisoned\s+for|gaoled\s+for|(?:given|handed|received|gets|got)(?:\s+\S+){0,2}?)\s+(?:a\s+)?$/i;
/** A term that is not the one given: a suspended one, the most the law allows, what prosecutors asked for, what was served. */
const NOT_GIVEN = /\b(?:suspended|maximum|up to|faces?|facing|could|would|sought|demanded|asked|requested|seeking|served|ago|earlier|previous|probation)\b/i;
/** A quick test before the expressions. */
const GATE = /year|month/i;

export function penalties(sentences: Sentence[], dossier: Dossier): Penalty[] {
  const out: Penalty[] = [];
  const peopleIn = peopleOfSentences(dossier);
  for (const s of sentences) {
    if (s.kind === 'caption' || !GATE.test(s.text)) continue;
    for (const m of s.text.matchAll(TERM)) {
      const end = m.index + m[0].length;
      const before = s.text.slice(Math.max(0, m.index - 60), m.index);
      if (!PRISON_AFTER.test(s.text.slice(end, end + 30)) && !GIVEN_BEFORE.test(before)) continue;
      if (NOT_GIVEN.test(before) || /^\s+(?:ago|earlier|later)\b/i.test(s.text.slice(end, end + 10))) continue;
      // Whose it is: the person named last before the term ("sentenced Jane Doe to", "Doe was jailed for").
      const who = peopleIn(s).filter((p) => p.end <= m.index).pop();
      if (!who) continue;
      const g = m.groups!;
      const n = NUMBERS[g['n']!.toLowerCase()] ?? Number(g['n']);
      const months = /^year/i.test(g['unit']!) ? n * 12 : n;
      out.push({ subject: `person:${who.id}`, value: m[0], norm: String(months), cite: { article: s.article, paragraph: s.paragraph } });
    }
  }
  return out;
}
