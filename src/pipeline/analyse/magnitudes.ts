/**
 * The magnitude the sources give an earthquake: "a 6.8-magnitude earthquake", "magnitude 7.1", "measuring
 * 7.1 on the Richter scale". Agencies measure differently and revise their figures, so different magnitudes in
 * different sources are a disagreement worth showing, as the counts of the dead are.
 */
import type { Statement } from './events.ts';
import type { Sentence } from './sentences.ts';

export type Magnitude = Omit<Statement, 'event'>;

const QUAKE = '(?:earthquake|quake|tremor|temblor)';
/**
 * A magnitude said of a quake: "a 6.8-magnitude earthquake", "a magnitude 7.1 quake", "a quake of magnitude
 * 7.1", "a quake measuring magnitude 6.8", "an earthquake with a preliminary magnitude of 6.8", "the
 * earthquake had a magnitude of 6.8", "measuring 7.1 on the Richter scale".
 */
const MAGNITUDE = new RegExp(
  `\\b(?<a>\\d(?:\\.\\d)?)[-\\s]magnitude\\s+${QUAKE}\\b|\\bmagnitude[-\\s](?<b>\\d(?:\\.\\d)?)\\s+${QUAKE}\\b|\\b${QUAKE},?\\s+(?:(?:of|measuring|with|had)\\s+)?(?:an?\\s+)?(?:preliminary\\s+)?(?:magnitude\\s+(?:of\\s+)?|measuring\\s+)(?<c>\\d(?:\\.\\d)?)\\b|\\bmeasuring\\s+(?<d>\\d(?:\\.\\d)?)\\s+on the Richter scale\\b`,
  'gi',
);
/** Near the magnitude: a correction, or another quake (an aftershock, one before, one elsewhere). */
const NOT_THIS = /\b(?:earlier version|initially|first reported|revised|corrected|downgraded|upgraded|aftershocks?|foreshocks?|had (?:hit|struck|shaken)|previous|neighbou?ring)\b/i;
/** A sentence about quakes in general: "Quakes above magnitude 6 are common in the region". */
const GENERAL = /\b(?:quakes|earthquakes|tremors)\s+(?:above|over|below|under|of)\s+(?:a\s+)?magnitude\b/i;
/** Below this a quake is seldom the news, and is an aftershock or a foreshock. */
const LEAST = 5;
const YEAR = /\b(?:19|20)\d\d\b/g;
/** A quick test before the expressions. */
const GATE = /magnitude|richter/i;

export function magnitudes(sentences: Sentence[]): Magnitude[] {
  const out: Magnitude[] = [];
  for (const s of sentences) {
    if (s.kind === 'caption' || !GATE.test(s.text) || GENERAL.test(s.text)) continue;
    const year = s.published?.slice(0, 4);
    if ([...s.text.matchAll(YEAR)].some((m) => m[0] !== year)) continue;
    // (two quakes in one sentence, "a 6.8-magnitude quake at dawn and a 6.1-magnitude quake at noon": neither is
    // a figure for the other)
    const found = [...s.text.matchAll(MAGNITUDE)].map((m) => ({ m, value: Number(m.groups!['a'] ?? m.groups!['b'] ?? m.groups!['c'] ?? m.groups!['d']) }));
    if (new Set(found.map((f) => f.value)).size > 1) continue;
    for (const { m, value } of found) {
      if (value < LEAST || NOT_THIS.test(s.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60))) continue;
      out.push({ value: m[0], norm: String(value), cite: { article: s.article, paragraph: s.paragraph } });
    }
  }
  return out;
}
