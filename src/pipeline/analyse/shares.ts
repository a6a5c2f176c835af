/**
 * Shares the sources give in percent: the turnout ("Turnout was 68.4%", "turnout of 67.9 percent") and each
 * person's share of the vote ("Jane Doe won with 52.3% of the vote", "47.7 percent for Doe"). Different
 * shares of the same thing in different sources are a disagreement, though often a rounding or a later count.
 */
import type { Dossier } from '../resolve/index.ts';
import type { Statement } from './events.ts';
import { peopleOfSentences, type Sentence } from './sentences.ts';

/** A share said of something: `subject` is what it is of ("turnout", "the vote for person:jane-doe"), `norm` the number. */
export type Share = Omit<Statement, 'event'> & { subject: string };

/** "52.3%", "51,8 percent", "100 per cent": the number alone, not the end of another ("2019" of "in 2019"). */
const PERCENT = '(?<pct>(?<![\\d.,])(?<n>\\d{1,3}(?:[.,]\\d{1,2})?)\\s?(?:%|percent\\b|per cent\\b))';
/** "Turnout was 68.4%", "turnout of 67.9 percent", without a year or a change between ("turnout in 2019", "fell by 3%"). */
const TURNOUT = new RegExp(`\\bturnout\\b(?<gap>(?:[^.;%]|\\.(?=\\d)){0,60}?)${PERCENT}`, 'gi');
/** "52.3% of the vote", "51.8 percent of the ballots" (not "of the ballots counted"), and "47.7 percent for" a name. */
const VOTE = new RegExp(`${PERCENT}\\s+(?:of\\s+the\\s+(?:vote|votes|ballots(?:\\s+cast)?)\\b(?!\\s+(?:counted|tallied|processed|reported|in))|(?<for>for)\\s)`, 'gi');
/** What the person did to get the share: "Jane Doe won (with) 52.3%", "received", "took". */
const WON = /\b(?:won|wins|win|winning|secured|secures|received|receives|got|gets|took|takes|garnered|obtained|polled|led|leads|had|has|with)\b/i;
/** A poll's or a forecast's figures are no result. */
const POLL = /\b(?:poll|polls|polling|survey|surveys|forecast|projected)\b/i;
/** Words between a person and a share that make it someone else's: "X said the ruling party won 45%". */
const SAID = /\b(?:said|says|told|according)\b/i;
/** A quick test before the expressions. */
const GATE = /%|per ?cent/i;

const number = (n: string): string => String(Number(n.replace(',', '.')));

export function shares(sentences: Sentence[], dossier: Dossier): Share[] {
  const out: Share[] = [];
  const peopleIn = peopleOfSentences(dossier);
  for (const s of sentences) {
    if (s.kind === 'caption' || !GATE.test(s.text)) continue;
    const cite = { article: s.article, paragraph: s.paragraph };
    for (const m of s.text.matchAll(TURNOUT)) {
      if (/\b(?:19|20)\d\d\b|\b(?:by|from)\b/i.test(m.groups!['gap']!)) continue;
      out.push({ subject: 'turnout', value: m.groups!['pct']!, norm: number(m.groups!['n']!), cite });
    }
    if (POLL.test(s.text)) continue;
    let people: ReturnType<typeof peopleIn> | null = null;
    for (const m of s.text.matchAll(VOTE)) {
      people ??= peopleIn(s);
      const end = m.index + m[0].length;
      // (after "for", the person named next, a title perhaps between: "47.7 percent for President Jane Doe";
      // else the last named before, who won it: "Jane Doe won with 52.3% of the vote")
      const who = m.groups!['for'] ? people.find((p) => p.start >= end && p.start <= end + 30 && /^(?:\p{Lu}[\p{L}.-]*\s)*$/u.test(s.text.slice(end, p.start))) : people.filter((p) => p.end <= m.index).pop();
      if (!who || (!m.groups!['for'] && (!WON.test(s.text.slice(who.end, m.index)) || SAID.test(s.text.slice(who.end, m.index))))) continue;
      out.push({ subject: `the vote for person:${who.id}`, value: m.groups!['pct']!, norm: number(m.groups!['n']!), cite });
    }
  }
  return out;
}
