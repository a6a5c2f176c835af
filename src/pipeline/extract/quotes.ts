/**
 * Quotes and who said them: `"...," Bonne said`, `said the minister`, `Bonne noted "..."`, `he added`.
 * A speaker is a person mention when one stands next to the verb; otherwise the words that describe them
 * ("he", "the Russian president"), which resolution turns into a person.
 */
import { SPEECH_VERBS } from '../../lexicons/titles.ts';
import { sentenceFrom } from '../text.ts';
import type { Block, PersonMention, QuoteMention } from '../types.ts';

const QUOTE = /“([^”]{2,})”|"([^"]{2,})"|«([^»]{2,})»/g;
// After the quote: a comma or nothing, not a full stop (`"an important step". He said ...` begins the next sentence).
// (the speaker may have words set off by commas before the verb: `"...," Carvajal, a former banker, told supporters`)
const AFTER = new RegExp(
  `^[\\s,]*(?:(?:${SPEECH_VERBS})\\s+(?<after>[^,.;:"“]{1,60}?)(?=[,.;:]|$)|(?<before>[^,.;:"“]{1,60}?)(?<apposed>,\\s[^,.;:"“]{1,80}?,)?\\s+(?:${SPEECH_VERBS})\\b)`,
);
const BEFORE = new RegExp(`(?<who>[^,.;:"“”]{1,80}?)(?<apposed>,\\s[^.;:"“”]{1,80}?,)?\\s+(?:${SPEECH_VERBS})\\b[^"“”]{0,60}?[,:]?\\s*$`);
/** Words that describe a speaker rather than name them: "the minister", "a spokesman for X", "a lawyer for X". */
const DESCRIBED = /^(?:an?\s|the\s+\p{Ll})/iu;
const PRONOUN = /^(?:he|she|they)$/i;

/**
 * `people` are all person mentions of the article (indices are theirs); `last` is the previous speaker, and the
 * person the last paragraph without a quote was about, for "he added" in a paragraph that names nobody before
 * the quote. `known` tells whether a lone family name names someone the article names in full ("Carvajal").
 */
export interface LastSpeaker {
  /** The previous quote's speaker. */
  speaker: number | null;
  /** The pronoun the previous quote's speaker was given ("'...,' she said"), if a pronoun named them. */
  speakerPronoun?: 'he' | 'she' | null;
  /** Whom the last paragraph without a quote was about, the pronoun it gave them, and whether it opened with them. */
  subject?: { mention: number; pronoun: 'he' | 'she' | null; opens: boolean } | null;
  /** Where the last quote was when its speaker was someone unnamed ("the spokesman said", "Jane Doe's aide told"). */
  unnamed?: { block: string; at: number } | null;
  /** Whose quote the last paragraph left open, to go on in the next one's opening quote (see openQuote). */
  open?: number | null;
}

/**
 * Where a quote opens that the paragraph does not close: its last quotation mark opens one, no mark of any kind
 * follows it (a curly mark closed by a straight one is closed), and no article stands before it ('Jane Doe
 * said: "...', not a scare quote, 'called the plan a "betrayal'). Or null. (Its speaker is read before it.)
 */
function openQuote(text: string): number | null {
  const curly = text.lastIndexOf('“');
  let straight = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) straight++;
  const last = Math.max(text.lastIndexOf('"'), text.lastIndexOf('”'), text.lastIndexOf('“'));
  const at = curly >= 0 && curly === last ? curly : straight % 2 === 1 && text.lastIndexOf('"') === last ? last : -1;
  // (after a colon or comma, or words of saying, "told reporters “..."; not after "a", "the": a scare quote)
  return at > 0 && !/\b(?:a|an|the|this|that|its|his|her|their|so-called)\s*$/i.test(text.slice(Math.max(0, at - 12), at)) ? at : null;
}

export function extractQuotes(block: Block, people: PersonMention[], last: LastSpeaker, known: (p: PersonMention) => boolean = () => false): QuoteMention[] {
  const out: QuoteMention[] = [];
  // This block's mentions were just appended: read them off the end, not by filtering the whole article.
  const inBlock: { p: PersonMention; i: number }[] = [];
  for (let i = people.length - 1; i >= 0 && people[i]!.block === block.id; i--) inBlock.unshift({ p: people[i]!, i });
  // (a name a reader knows for a person's: a cue made it one, or the article names the person in full)
  const isNamed = (p: PersonMention): boolean => p.cue !== 'none' || known(p);
  // The speaker among the people named in the speaker's words: the first a reader knows for a person ("Jan
  // Roe" of "Jan Roe of the EU mission", not "EU"; "Jane Doe in an interview with the BBC's John Roe"), or
  // the one a possessive hands on to ("Jane Doe's lawyer John Roe"); else the last word that may be a name.
  // (One that ends inside counts: the words before a verb hold no dots, "J.P. Okonkwo" two.)
  const personIn = (from: number, to: number): number | null => {
    const within = inBlock.filter(({ p }) => p.end > from && p.end <= to);
    const named = within.filter(({ p }) => isNamed(p));
    const owns = (p: PersonMention): boolean => /^['’]s?\s/.test(block.text.slice(p.end, p.end + 3));
    let k = 0;
    while (k + 1 < named.length && owns(named[k]!.p)) k++;
    const hit = named[k] ?? within.pop();
    // (a possessive that hands on to nobody named speaks for someone else: "Jane Doe's spokesman told", "Doe's office said")
    return hit && !owns(hit.p) ? hit.i : null;
  };
  /**
   * The person words set off by commas name, when they open with the name, a title perhaps before it, and say
   * nothing before it but that: "The EU mission chief, Jan Roe, said", "The head of the mission, Ambassador Jan
   * Roe, said", "Its chief observer, Jane Doe, a former minister, said" (not "the minister, after meeting Jane
   * Doe, told").
   */
  const apposedPerson = (from: number, to: number): number | null => {
    const hit = inBlock.find(({ p }) => p.start >= from && p.end <= to && isNamed(p) && /^,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(block.text.slice(from, p.start)) && /^\s*(?:,|$)/.test(block.text.slice(p.end, to)));
    return hit ? hit.i : null;
  };
  // Who a pronoun may stand for: people named outside quotes, by a name a reader knows for one (a lone
  // capitalised word is a person only if resolution later knows the name). Worked out at the first pronoun.
  let namedHere: typeof inBlock | null = null;
  const namedOutside = (): typeof inBlock => {
    if (namedHere) return namedHere;
    // (the quotes' places read once: at every pronoun, a paragraph of quotes was read again)
    const quotes = [...block.text.matchAll(QUOTE)].map((m) => [m.index, m.index + m[0].length] as const);
    return (namedHere = inBlock.filter(({ p }) => isNamed(p) && !quotes.some(([a, b]) => p.start >= a && p.end <= b)));
  };
  /**
   * Who "he" or "she" is before position `at`: the first person named in the last sentence of the paragraph
   * that names someone, the subject as a rule ("Commission President X said ... '...,' she said"; "X met Y.
   * '...,' he said"). With nobody named before, the person the paragraph before was about, or the previous
   * quote's speaker (below).
   */
  const pronounBefore = (at: number, pronoun: string): number | null => {
    const named = namedOutside();
    const near = named.filter(({ p }) => p.end <= at).pop();
    // (after a quote of someone unnamed, "he said" is that someone's, unless a person is named since)
    if (last.unnamed && (!near || (last.unnamed.block === block.id && near.p.end <= last.unnamed.at))) return null;
    if (!near) {
      // Nobody named here: the person the paragraph before was about, as a rule, when it opened with them
      // ("Opposition leader Jane Doe rejected the claims. / '...,' she said"), unless its pronouns were another's
      // or the speaker before was given this pronoun; else the speaker before.
      const subject = last.subject;
      const p = pronoun.toLowerCase();
      if (!subject) return last.speaker;
      if (subject.pronoun) return subject.pronoun === p ? subject.mention : last.speaker;
      if (last.speaker === null) return subject.mention;
      return last.speakerPronoun === p || !subject.opens ? last.speaker : subject.mention;
    }
    const k = sentenceFrom(block.sentences, near.p.start);
    const from = k < 0 ? 0 : block.sentences[k]!;
    const first = named.find(({ p }) => p.start >= from && p.end <= at)!;
    // "He thanked President X. '...,' he added": that sentence's subject is the same pronoun, the same person
    // as before; the people it names are its objects. ("She met X. '...,' he said" is X.)
    const opening = /^\W*(he|she)\b/i.exec(block.text.slice(from, first.p.start))?.[1]?.toLowerCase();
    if (last.speaker !== null && opening && opening === pronoun.toLowerCase()) return last.speaker;
    return first.i;
  };
  const speakerOf = (who: string, from: number, apposed: [number, number] | null, quoteAt: number): QuoteMention['speaker'] | null => {
    const named = apposed ? apposedPerson(apposed[0], apposed[1]) : null;
    if (named !== null) return { mention: named };
    const words = who.trim().replace(/^(?:and|but|as)\s+/i, '');
    // ("the minister, after meeting Jane Doe, told reporters", "a spokesman for Jane Doe said": not Jane Doe)
    const described = DESCRIBED.test(words);
    const person = described ? null : personIn(from, from + who.length);
    if (person !== null) return { mention: person };
    const pronoun = PRONOUN.test(words) ? pronounBefore(quoteAt, words) : null;
    if (pronoun !== null) return { mention: pronoun };
    if (/^the\s+[\p{L} -]+$/iu.test(words) && words.split(/\s+/).length <= 5) return { description: words };
    return null;
  };
  for (const m of block.text.matchAll(QUOTE)) {
    // (without the comma that hands over to the speaker: the quote of '"We will help," Park said' is "We will help")
    const said = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    const text = said.replace(/\s*,$/, '');
    if (text.split(/\s+/).length < 3) continue; // a scare-quoted word, not speech
    const qStart = m.index;
    const qEnd = qStart + m[0].length;
    // `"...," X said` (only when the quote does not end its sentence: "wait and see...," ends in a comma),
    // else `X said "..."`. (AFTER reads under 200 characters after the quote, not the rest of the paragraph.)
    const after = /[.!?…]$/.test(said) ? null : AFTER.exec(block.text.slice(qEnd, qEnd + 200));
    // (BEFORE ends at the quote and spans under 200 characters with its spaces: read from the sentence's
    // start, at most 1,000 back, or a paragraph of quotes without a full stop is read again for each)
    // (the sentence's start as the split found it, not the last dot: "J.P. Okonkwo said ..." has two)
    const k = sentenceFrom(block.sentences, qStart);
    const headStart = Math.max(k < 0 ? 0 : block.sentences[k]!, qStart - 1000);
    const before = BEFORE.exec(block.text.slice(headStart, qStart));
    // (the speaker's words, where they stand, and the words after them set off by commas, if any: "The EU
    // mission chief, Jan Roe, called it ...", "Jan Roe, who heads the mission, told the BBC that ...")
    const spans = (m: RegExpExecArray, start: number, who: string): [number, [number, number] | null] => {
      const at = start + m[0].indexOf(who);
      const apposed = m.groups?.['apposed'];
      return [at, apposed ? [at + who.length, at + who.length + apposed.length] : null];
    };
    const afterWho = after && (after.groups?.['after'] ?? after.groups?.['before'] ?? '');
    const [afterAt, afterApposed] = after && afterWho ? spans(after, qEnd, afterWho) : [0, null];
    const fromAfter = after && afterWho ? speakerOf(afterWho, afterAt, afterApposed, qStart) : null;
    // The speaker stands in the words before the verb, not among its objects ("Lee called Kishida ...").
    const beforeWho = before?.groups?.['who'] ?? '';
    const [at, apposed] = before ? spans(before, headStart + before.index, beforeWho) : [0, null];
    // (a paragraph that opens with a quote and says nobody's goes on with the quote the last one left open)
    const speaker = fromAfter ?? (before ? speakerOf(beforeWho, at, apposed, at) : null) ?? (qStart === 0 && last.open != null ? { mention: last.open } : null);
    // A quote whose speaker is someone unnamed: a pronoun after it is theirs, not the last named speaker's.
    if (!speaker || !('mention' in speaker)) {
      // (where its attribution ends: names before there are not the speaker's pronoun's)
      if (after || before) last.unnamed = { block: block.id, at: after ? qEnd + after[0].length : qStart };
      if (!speaker) continue;
    } else {
      last.speaker = speaker.mention;
      last.unnamed = null;
      const word = (afterWho || beforeWho).trim().toLowerCase();
      last.speakerPronoun = word === 'he' || word === 'she' ? word : null;
    }
    out.push({ block: block.id, text, speaker });
  }
  last.open = null;
  const open = openQuote(block.text);
  if (open !== null) {
    // A quote that runs on into the next paragraph has no closing mark here: 'In a statement, Jane Doe said:
    // "Two families have lost someone ... head.' Only a named speaker before it makes it one (a stray mark does not).
    const k = sentenceFrom(block.sentences, open);
    const headStart = Math.max(k < 0 ? 0 : block.sentences[k]!, open - 1000);
    const before = BEFORE.exec(block.text.slice(headStart, open));
    const who = before?.groups?.['who'] ?? '';
    const at = before ? headStart + before.index + before[0].indexOf(who) : 0;
    const person = before && !DESCRIBED.test(who.trim()) ? personIn(at, at + who.length) : null;
    const text = block.text.slice(open + 1).trim();
    if (person !== null && text.split(/\s+/).length >= 3) {
      out.push({ block: block.id, text, speaker: { mention: person } });
      last.speaker = last.open = person;
      last.unnamed = null;
      last.speakerPronoun = null;
    }
  }
  // A paragraph with no quote that names someone is about them, as a rule about the first named in its last
  // sentence that names anyone; when that sentence says "he" or "she" (or "his", "her") after the name, a
  // quote after it with that pronoun alone is theirs ("Morales said his party would challenge the result. /
  // '...,' he said"). Without a pronoun to go by, the speaker before keeps it ("'...,' Jane Doe said. / The
  // party is led by John Roe. / '...,' she added").
  if (out.length || last.unnamed?.block === block.id) last.subject = null;
  else if (block.kind === 'body' || block.kind === 'standfirst') {
    const named = namedOutside();
    const lastNamed = named.at(-1);
    if (lastNamed) {
      const k = sentenceFrom(block.sentences, lastNamed.p.start);
      const [from, to] = k < 0 ? [0, block.text.length] : [block.sentences[k]!, block.sentences[k + 1]!];
      const subject = named.find(({ p }) => p.start >= from)!;
      // (its pronoun before anyone else is named: "Jane Doe congratulated John Roe on his campaign" gives her none)
      const next = named.find(({ p }) => p.start > subject.p.end)?.p.start ?? to;
      const pronoun = /\b(?:(he|his|him)|(she|her|hers))\b/i.exec(block.text.slice(subject.p.end, Math.min(next, to)));
      // (it opens the sentence when nothing but titles and descriptions stand before it: not "The party is led by X")
      const opens = !/\b(?:by|with|to|of|for|from|at|and|is|was|are|were|has|had)\b/i.test(block.text.slice(from, subject.p.start));
      last.subject = { mention: subject.i, pronoun: pronoun ? (pronoun[1] ? 'he' : 'she') : null, opens };
      last.unnamed = null;
    }
  }
  return out;
}
