/**
 * Prison sentences the sources give, each of the person it was handed to: "sentenced Jane Doe to eight years
 * in prison", "Doe was jailed for seven years", "Doe got eight years". Different terms for the same person in
 * different sources are a disagreement, though one may be given before an appeal and one after.
 *
 * Only a sentence given, said so: a verb of sentencing right before the term, with the person as its object
 * ("the court jailed Jane Doe for") or as the sentence's subject ("Jane Doe, 61, was jailed for"). Not a term
 * of office, a term sought or demanded, the most the law allows, time served or spent awaiting trial, a
 * suspended sentence or probation.
 */
import { NUMBER_WORDS } from '../../lexicons/numbers.ts';
import { lowerBound } from '../group.ts';
import type { Dossier } from '../resolve/index.ts';
import type { Statement } from './events.ts';
import { peopleOfSentences, type Sentence } from './sentences.ts';

/** A term said of a person: `subject` is "person:<id>", `norm` the term in months. */
export type Penalty = Omit<Statement, 'event'> & { subject: string };

const N = '\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty';
/** "eight years", "a seven-year", "18 months", "eight years and six months": a number and its unit. */
const TERM = new RegExp(`\\b(?<n>${N})[\\s-](?<unit>years?|months?)(?:\\s+and\\s+(?<m>${N})\\s+months?)?\\b`, 'gi');
/**
 * A word between the verb and its "to" or "for" ("on Monday", "by a Valletta court", "in absentia"), none of
 * `stops`, which start another clause, and no year.
 */
const gapWord = (stops: string[]): string => `\\s+(?!(?:${stops.join('|')})\\b)(?!\\d{4}\\b)[\\p{L}\\d.’'-]+`;
const STOPS = ['to', 'for', 'and', 'before', 'while'];
/**
 * The sentence's verb right before the term, its subject the person: "was jailed for", "has been sentenced
 * to", "was sentenced on Monday to", "was also sentenced in absentia to", "got an". (After "jailed", no "after"
 * either: "jailed after evading police for two years" says how long he evaded them.)
 */
const PASSIVE = new RegExp(
  `\\b(?:was|were|is|has been|had been|have been)\\s+(?:(?:\\p{Ll}+ly|also|later|then|both|each)\\s+)?(?:sentenced(?:${gapWord(STOPS)}){0,8}\\s+to|jailed(?:${gapWord([...STOPS, 'after'])}){0,7}\\s+for|imprisoned\\s+for|given|handed)\\s+(?:an?\\s+)?$|\\b(?:received|got|gets)\\s+(?:an?\\s+)?$`,
  'iu',
);
/** The sentence's verb with its object before the term: "sentenced U.S. journalist Jane Doe to", "jailed Doe for", "gave Doe". */
const ACTIVE = /\b(?:(?:sentenced|jailed|imprisoned)\s+(?<object>[^,;]{2,60}?)\s+(?:to|for)|(?:gave|handed)\s+(?<given>[^,;]{2,60}?))\s+(?:an?\s+)?$/i;
/** Words near the verb that make the term something else than a sentence given now. */
const NOT_GIVEN_BEFORE = /\b(?:suspended|maximum|up to|faces?|facing|could|would|might|sought|demanded|requested|previously|already|once|formerly|spent|probation)\b/i;
/**
 * After the term: suspended or probation in its sentence ("18 months, suspended for two years", "of
 * probation"); sought or demanded in its clause ("that prosecutors had sought"; not "eight years, half what
 * prosecutors had demanded"); a term of office, a contract or a deadline ("a five-year term", "a three-year
 * deal", "six months to pay"); a span of something ("five years of protests").
 */
const NOT_GIVEN_AFTER = new RegExp(
  [
    // suspended, said of this term: "a two-year suspended sentence", "18 months in prison, suspended for two
    // years", "a two-year prison sentence, which was suspended" (not a co-defendant's: "..., and his wife to a
    // suspended term"); probation
    "^(?:\\s+[\\p{L}-]+){0,3}?\\s+suspended\\b|^[^.;,]{0,30},\\s*(?:which was\\s+|with the sentence\\s+|but\\s+)?suspended\\b|^(?:['’]s?)?\\s+(?:of\\s+)?probation\\b",
    "^[^.;,]{0,40}?\\b(?:sought|demanded|requested|asked for|awaiting)\\b",
    // a span of something ("five years of protests"; not "15 years of hard labour", "of imprisonment")
    "^\\s+of\\b(?!\\s+(?:hard\\s+labou?r|imprisonment|prison|jail|detention|penal|reform))",
    // a term of office, a contract or a deadline ("a five-year term", "a three-year deal", "six months to pay")
    "^\\s+(?:term|mandate|contract|deal|extension)\\b|^\\s+to\\s+(?:pay|repay|cooperate|comply|leave|return|appeal|file|submit|respond|reply|decide|sell|raise|find|answer)\\b",
  ].join('|'),
  'iu',
);
/**
 * What may stand between the person and the verb: nothing, or words in commas, an age or an apposition
 * ("Jane Doe, 61, a former minister,"), not a new subject ("Tomas Berg, his driver, a former soldier,").
 */
const SUBJECT_GAP = /^\s*$|^\s*(?:,(?!\s*(?:his|her|their|its)\b)[^,;]*){1,3},\s*$/i;
/** A person after a preposition is no subject: "Unlike Tomas Berg, his driver ... was jailed". */
const AFTER_PREPOSITION = /\b(?:unlike|besides|like|with|from|against|by|for|to|of|on|at|in|after|before|than|except|beside)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/iu;
/** How far a subject may stand from its verb, in characters: the gap is read only up to this. */
const SUBJECT_REACH = 160;
/** A quick test before the expressions. */
const GATE = /year|month/i;

const count = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

export function penalties(sentences: Sentence[], dossier: Dossier): Penalty[] {
  const out: Penalty[] = [];
  const peopleOf = peopleOfSentences(dossier);
  for (const s of sentences) {
    if (s.kind === 'caption' || !GATE.test(s.text)) continue;
    let people: ReturnType<typeof peopleOf> | null = null; // (read once a term of the sentence needs them)
    for (const m of s.text.matchAll(TERM)) {
      const before = s.text.slice(Math.max(0, m.index - 80), m.index);
      const end = m.index + m[0].length;
      if (NOT_GIVEN_AFTER.test(s.text.slice(end, end + 60))) continue;
      const passive = PASSIVE.exec(before);
      const active = passive ? null : ACTIVE.exec(before);
      if (!passive && !active) continue;
      const verbAt = m.index - before.length + (passive ?? active)!.index;
      if (NOT_GIVEN_BEFORE.test(s.text.slice(Math.max(0, verbAt - 30), m.index))) continue;
      people ??= peopleOf(s).sort((a, b) => a.start - b.start);
      // Whose: the verb's object, named between it and the term and nothing else there but titles ("sentenced
      // former defence minister Jane Doe to"); else the verb's subject (below).
      let who: { id: string; start: number; end: number } | undefined;
      if (active) {
        const object = active.groups!['object'] ?? active.groups!['given']!;
        const from = verbAt + active[0].indexOf(object);
        const to = from + object.length;
        // (found by halving: a sentence of thousands of names and terms is read once)
        const k = lowerBound(people, from, (p) => p.start);
        who = people[k] && people[k].end === to ? people[k] : undefined;
      } else {
        // (the nearest before the verb that is its subject: "In a case brought by prosecutor Ana Ruiz, Tomas Berg
        // was jailed", "Tomas Berg, a former aide to Elena Vasquez, was jailed", "..., while Ana Ruiz was jailed")
        const k = lowerBound(people, verbAt, (p) => p.start);
        // (or the subject's name in commas itself: "Taravia's former defence minister, Jane Doe, has been sentenced")
        const inCommas = (p: { start: number; end: number }): boolean => /,\s*$/.test(s.text.slice(0, p.start)) && /^\s*,\s*$/.test(s.text.slice(p.end, verbAt));
        for (let i = k - 1; i >= 0 && i >= k - 4 && !who; i--) {
          const p = people[i]!;
          if (p.end > verbAt || verbAt - p.end > SUBJECT_REACH) continue;
          if (AFTER_PREPOSITION.test(s.text.slice(Math.max(0, p.start - 60), p.start))) continue;
          if (SUBJECT_GAP.test(s.text.slice(p.end, verbAt)) || inCommas(p)) who = p;
        }
      }
      if (!who) continue;
      const g = m.groups!;
      const months = (/^year/i.test(g['unit']!) ? count(g['n']!) * 12 : count(g['n']!)) + (g['m'] ? count(g['m']) : 0);
      out.push({ subject: `person:${who.id}`, value: m[0], norm: String(months), cite: { article: s.article, paragraph: s.paragraph } });
    }
  }
  return out;
}
