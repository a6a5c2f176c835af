/**
 * extract: one Article to its mentions. Outlets and agreements are found first so that the words of
 * their names are not read as people ("Lenin Square", "Paris Agreement").
 */
import type { BlockKind } from '../../schema.ts';
import { familyKey, nameShape } from '../names.ts';
import { RELATED_LINE } from '../parse.ts';
import { foldName, sentencesAt, tokenize } from '../text.ts';
import type { AgreementMention, Article, Block, Extraction, OutletMention, PersonMention, QuoteMention } from '../types.ts';
import { extractAgreements } from './agreements.ts';
import { companiesNamed, companyIndex, scanCompanies } from './companies.ts';
import { definedBodies, extractOutlets } from './outlets.ts';
import { extractPeople, findNames, fullNames, hangulPeople, nameText } from './people.ts';
import { extractQuotes, type LastSpeaker } from './quotes.ts';

/**
 * Blocks that name no one in the event: an author's bio, a time stamp, the masthead, the site's boilerplate.
 * (A byline names its author.) Nor does a link to another story ("Read more: ..."); a line parse.ts only
 * guesses is another story's headline (title case, no full stop) may be this one's own title, and is read.
 */
const NO_ENTITIES: ReadonlySet<BlockKind> = new Set(['bio', 'timestamp', 'date', 'masthead', 'source-line', 'boilerplate']);
const namesNobody = (block: Block): boolean => NO_ENTITIES.has(block.kind) || (block.kind === 'related' && RELATED_LINE.test(block.text));


export function extract(article: Article): Extraction {
  const people: PersonMention[] = [];
  const agreements: AgreementMention[] = [];
  const outlets: OutletMention[] = [];
  const quotes: QuoteMention[] = [];
  const last: LastSpeaker = { speaker: null };
  const cue = article.publisherCue?.name ?? null;
  const read = article.blocks.map((block) => {
    const sentences = sentencesAt(block.text, block.sentences);
    // Tokens once per sentence, in the block's positions, for the directories and the names.
    return { block, sentences, tokens: sentences.map((s) => tokenize(s.text, s.start)) };
  });
  // Companies the article names formally anywhere ("Hanwha Aerospace Co"), so that a headline's "Hanwha" is one too.
  const companies = companiesNamed(read.filter((r) => !namesNobody(r.block)).map((r) => ({ text: r.block.text, tokens: r.tokens })));
  const index = companyIndex(companies);
  const bodies = definedBodies(read.map((r) => r.block.text));
  const blocks = read.map(({ block, sentences, tokens }) => {
    const blockOutlets = extractOutlets(block, sentences, tokens, cue, bodies);
    outlets.push(...blockOutlets);
    if (namesNobody(block)) return null;
    const blockAgreements = extractAgreements(block, sentences, agreements, agreements.length);
    agreements.push(...blockAgreements);
    const named = [...blockOutlets, ...blockAgreements.filter((a) => a.named && !a.anaphora)];
    const spans = [...named, ...tokens.flatMap((t) => scanCompanies(block.text, t, index)).filter((c) => !named.some((s) => c.start < s.end && c.end > s.start))];
    const occupied = (start: number, end: number): boolean => spans.some((s) => start < s.end && end > s.start);
    return { block, sentences, tokens, occupied };
  });
  // Two passes over people: the first learns the article's full names, so the second knows its short forms.
  const named = blocks.map((b) => b && { ...b, names: findNames(b.block, b.sentences, b.tokens, b.occupied), hangul: hangulPeople(b.block, b.sentences) });
  // A body named head first anywhere ("Aerolínea Costa Verde") is nobody where it stands without its head
  // ("Two killed as Costa Verde jet overshoots runway"); nor is a place named before its noun.
  // (names of two words or more: "Bolloré" of "Groupe Bolloré" may be Vincent Bolloré, who is named too)
  const headless = new Set(named.flatMap((b) => b?.names.flatMap((n) => n.bodies) ?? []).filter((h) => h.includes(' ')));
  if (headless.size) for (const b of named) for (const n of b?.names ?? []) n.found = n.found.filter((f) => !headless.has(foldName(nameText(b!.block, f.c))));
  // What the article's full names are known by: family names (and the first of two, "Lula" in "Luiz Inácio
  // Lula da Silva"), and the endings their short forms take ("Lula da Silva", "da Silva"): a name found again
  // as such an ending is a short form of that full name, though it may begin with a given name.
  const known = new Set<string>();
  const endings = new Set<string>();
  const seen = new Set<string>();
  for (const b of named) {
    if (!b) continue;
    for (const name of [...fullNames(b.block, b.names), ...b.hangul.map((p) => p.name)]) {
      if (seen.has(name)) continue; // (an article names most people more than once)
      seen.add(name);
      const shape = nameShape(name);
      known.add(shape.family);
      if (shape.second) known.add(shape.second);
      for (const e of shape.endings) endings.add(e);
    }
  }
  for (const b of named) {
    if (!b) continue;
    people.push(...[...extractPeople(b.block, b.names, people.length, known, endings), ...b.hangul].sort((x, y) => x.start - y.start));
    quotes.push(...extractQuotes(b.block, people, last, (p) => known.has(familyKey(p.name))));
  }
  // (and in the other articles: resolution takes no company's name for a person's)
  return { people, quotes, agreements, outlets, companies: [...companies, ...headless] };
}
