/**
 * Shares the sources give in percent: the turnout ("Turnout was 68.4%", "turnout of 67.9 percent") and each
 * person's share of the vote ("Jane Doe won with 52.3% of the vote", "47.7 percent for Doe"). Different
 * shares of the same thing in different sources are a disagreement, though often a rounding or a later count.
 */
import type { Dossier } from '../resolve/index.ts';
import type { Statement } from './events.ts';
import type { Sentence } from './sentences.ts';

/** A share said of something: `subject` is what it is of ("turnout", "the vote for person:jane-doe"), `norm` the number. */
export type Share = Omit<Statement, 'event'> & { subject: string };

const PERCENT = '(?<n>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|percent\\b|per cent\\b)';
const TURNOUT = new RegExp(`\\bturnout\\b(?:[^.;%]|\\.(?=\\d)){0,60}?${PERCENT}`, 'gi');
/** "52.3% of the vote", "51.8 percent of the ballots", and "47.7 percent for" a name. */
const VOTE = new RegExp(`${PERCENT}\\s+(?:of\\s+the\\s+(?:vote|votes|ballots|ballots\\s+cast)\\b|(?<for>for)\\s)`, 'gi');
/** A quick test before the expressions. */
const GATE = /%|per ?cent/i;

export function shares(sentences: Sentence[], dossier: Dossier): Share[] {
  const out: Share[] = [];
  // Each paragraph's people, by position: looked up only for the few sentences that give a share of the vote.
  const articles = new Map(dossier.articles.map((a) => [a.id, a]));
  const peopleIn = (s: Sentence): { id: string; start: number; end: number }[] => {
    const a = articles.get(s.article);
    const block = a?.article.blocks.find((b) => b.id === s.paragraph);
    if (!a || !block) return [];
    const at = block.text.indexOf(s.text);
    return a.data.mentions.filter((m) => m.kind === 'person' && m.paragraph === s.paragraph && m.start >= at && m.end <= at + s.text.length).map((m) => ({ id: m.entity, start: m.start - at, end: m.end - at }));
  };
  for (const s of sentences) {
    if (s.kind === 'caption' || !GATE.test(s.text)) continue;
    const cite = { article: s.article, paragraph: s.paragraph };
    for (const m of s.text.matchAll(TURNOUT)) out.push({ subject: 'turnout', value: m[0].slice(m[0].search(/\d/)), norm: String(Number(m.groups!['n'])), cite });
    let people: ReturnType<typeof peopleIn> | null = null;
    for (const m of s.text.matchAll(VOTE)) {
      people ??= peopleIn(s);
      // (the person named last before the share, "Jane Doe won with 52.3% of the vote"; after "for", the next)
      const who = m.groups!['for'] ? people.find((p) => p.start >= m.index + m[0].length && p.start <= m.index + m[0].length + 2) : people.filter((p) => p.end <= m.index).pop();
      if (!who) continue;
      const value = m[0].replace(/\s+(?:of\s+the\s+.*|for\s*)$/i, '');
      out.push({ subject: `the vote for person:${who.id}`, value, norm: String(Number(m.groups!['n'])), cite });
    }
  }
  return out;
}
