/**
 * Quotes and who said them: `"...," Bonne said`, `said the minister`, `Bonne noted "..."`, `he added`.
 * A speaker is a person mention when one stands next to the verb; otherwise the words that describe them
 * ("he", "the Russian president"), which resolution turns into a person.
 */
import { SPEECH_VERBS } from '../../lexicons/titles.ts';
import type { Block, PersonMention, QuoteMention } from '../types.ts';

const QUOTE = /“([^”]{2,})”|"([^"]{2,})"|«([^»]{2,})»/g;
const AFTER = new RegExp(
  `^[\\s,.]*(?:(?:${SPEECH_VERBS})\\s+(?<after>[^,.;:"“]{1,60}?)(?=[,.;:]|$)|(?<before>[^,.;:"“]{1,60}?)\\s+(?:${SPEECH_VERBS})\\b)`,
);
const BEFORE = new RegExp(`(?<who>[^,.;:"“”]{1,80}?)\\s+(?:${SPEECH_VERBS})\\b[^"“”]{0,60}?[,:]?\\s*$`);
const PRONOUN = /^(?:he|she|they)$/i;

/**
 * `people` are all person mentions of the article (indices are theirs); `offset` is the index of this
 * block's first one; `last` is the previous speaker, for "he added".
 */
export function extractQuotes(block: Block, people: PersonMention[], last: { speaker: number | null }): QuoteMention[] {
  const out: QuoteMention[] = [];
  const inBlock = people.map((p, i) => ({ p, i })).filter(({ p }) => p.block === block.id);
  const personIn = (from: number, to: number): number | null => {
    const hit = inBlock.filter(({ p }) => p.start >= from && p.end <= to).pop();
    return hit ? hit.i : null;
  };
  for (const m of block.text.matchAll(QUOTE)) {
    const text = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (text.split(/\s+/).length < 3) continue; // a scare-quoted word, not speech
    const qStart = m.index;
    const qEnd = qStart + m[0].length;
    let speaker: QuoteMention['speaker'] | null = null;
    const after = AFTER.exec(block.text.slice(qEnd));
    const headStart = Math.max(0, block.text.lastIndexOf('.', qStart - 2) + 1);
    const head = block.text.slice(headStart, qStart);
    const before = BEFORE.exec(head);
    const who = after ? (after.groups?.['after'] ?? after.groups?.['before']) : before?.groups?.['who'];
    if (who !== undefined) {
      const from = after ? qEnd : headStart + (before?.index ?? 0);
      const to = after ? qEnd + after[0].length : qStart;
      const person = personIn(from, to);
      const words = who.trim().replace(/^(?:and|but|as)\s+/i, '');
      if (person !== null) speaker = { mention: person };
      else if (PRONOUN.test(words) && last.speaker !== null) speaker = { mention: last.speaker };
      else if (/^the\s+[\p{L} -]+$/iu.test(words) && words.split(/\s+/).length <= 5) speaker = { description: words };
    }
    if (!speaker) continue;
    if ('mention' in speaker) last.speaker = speaker.mention;
    out.push({ block: block.id, text, speaker });
  }
  return out;
}
