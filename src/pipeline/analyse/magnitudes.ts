/**
 * The magnitude the sources give an earthquake: "a 6.8-magnitude earthquake", "magnitude 7.1", "measuring
 * 7.1 on the Richter scale". Agencies measure differently and revise their figures, so different magnitudes in
 * different sources are a disagreement worth showing, as the counts of the dead are.
 */
import type { Statement } from './events.ts';
import type { Sentence } from './sentences.ts';

export type Magnitude = Omit<Statement, 'event'>;

const MAGNITUDE = /\b(?<a>\d(?:\.\d)?)[-\s]magnitude\b|\bmagnitude(?:\s+of)?[-\s](?<b>\d(?:\.\d)?)\b|\bmeasuring\s+(?<c>\d(?:\.\d)?)\s+on the Richter scale\b/gi;
/** What the magnitude is of: the quake (not an aftershock, a tremor after it). */
const AFTERSHOCK = /^[^.;]{0,30}?\baftershocks?\b/i;
/** A sentence that corrects or compares figures, or names another year, speaks of more than this quake's one. */
const NOT_THIS = /\b(?:earlier version|initially|first reported|revised|corrected|downgraded|upgraded|aftershocks?)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
/** A quick test before the expressions. */
const GATE = /magnitude|richter/i;

export function magnitudes(sentences: Sentence[]): Magnitude[] {
  const out: Magnitude[] = [];
  for (const s of sentences) {
    if (s.kind === 'caption' || !GATE.test(s.text) || NOT_THIS.test(s.text)) continue;
    const year = s.published?.slice(0, 4);
    if ([...s.text.matchAll(YEAR)].some((m) => m[0] !== year)) continue;
    for (const m of s.text.matchAll(MAGNITUDE)) {
      if (AFTERSHOCK.test(s.text.slice(m.index + m[0].length))) continue;
      const value = m.groups!['a'] ?? m.groups!['b'] ?? m.groups!['c']!;
      out.push({ value: m[0], norm: String(Number(value)), cite: { article: s.article, paragraph: s.paragraph } });
    }
  }
  return out;
}
