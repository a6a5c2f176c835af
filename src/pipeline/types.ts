/**
 * The values that flow between pipeline stages (read → parse → extract → resolve → analyse → write).
 * What is written to content/ is typed by src/schema.ts; these are the in-memory shapes before that.
 */
import type { AgreementStatus, BlockKind } from '../schema.ts';

/** A seed file, decoded. */
export interface Source {
  /** Path as shown to people and stored in content, e.g. "seeds/000_x.txt". */
  file: string;
  /** File name alone, the key used in dossier.yaml. */
  name: string;
  text: string;
  sha256: string;
}

/** One non-empty line of a source: the unit of citation. */
export interface Block {
  id: string;
  n: number;
  kind: BlockKind;
  line: number;
  text: string;
  /**
   * Where its sentences stand (splitSentences): the start and end of each, one after the other. Split once,
   * when the source is parsed; extraction, mention snippets and the analysis all read them from here.
   */
  sentences: number[];
}

export interface Article {
  /** Page slug. */
  id: string;
  source: Source;
  title: string;
  titleFrom: 'headline' | 'first-sentence' | 'editorial';
  date: string | null;
  dateText: string | null;
  dateline: { place: string; agency: string | null } | null;
  /** What the text says about who published it, before the name is matched to an outlet. */
  publisherCue: { name: string; evidence: string } | null;
  byline: string | null;
  url: string | null;
  blocks: Block[];
  warnings: string[];
}

/**
 * A span of text inside a block. The sentence around it is found from the block's sentences when needed
 * (sentenceAround): carried on every mention, its text was a fifth of the cache and of the main thread's heap.
 */
export interface Span {
  block: string;
  start: number;
  end: number;
  text: string;
}

export interface PersonMention extends Span {
  /** The name as written, without titles ("Emmanuel Macron", "Lee Jae-myung", "Macron"). */
  name: string;
  /** True for a lone family name or short form ("Macron", "Chairman Lee") that must be resolved to a full name. */
  short: boolean;
  /** Role stated in the same sentence ("Foreign Minister", "premier of the DPRK Cabinet"). */
  roles: string[];
  /** Country or side stated in the same sentence. */
  country: string | null;
  /** Index (in the article's person mentions) of the person this one accompanied, when the text says so. */
  companionOf: number | null;
  /** Evidence that made this a person (for weak candidates). */
  cue: 'given-name' | 'east-asian' | 'title' | 'speech' | 'apposition' | 'none';
}

export interface QuoteMention {
  block: string;
  text: string;
  /** Who said it: a person mention index, or a description to resolve ("he", "the Russian president"). */
  speaker: { mention: number } | { description: string };
}

export interface AgreementMention extends Span {
  /** Display form: the proper name ("Partial Test Ban Treaty") or the description. */
  name: string;
  named: boolean;
  year: number | null;
  status: AgreementStatus;
  /** Words of the sentence that decided the status. */
  statusEvidence: string;
  /** Another mention in the same article this one is said to be ("it was a new fundamental document"). */
  sameAs: number | null;
  /** A reference back ("the document") or a status given to an earlier mention: not a name for the entity. */
  anaphora: boolean;
}

export interface OutletMention extends Span {
  /** Canonical directory name when listed, else the name as written. */
  name: string;
  /** The surface form. */
  alias: string;
  role: 'publisher' | 'cited' | 'credit';
}

export interface Extraction {
  people: PersonMention[];
  quotes: QuoteMention[];
  agreements: AgreementMention[];
  outlets: OutletMention[];
  /**
   * Companies the article names by a formal name or a ticker (extract/companies.ts), and, folded, names of two
   * words or more that are nobody's (SentenceNames.bodies: "costa verde" of "Aerolínea Costa Verde", "tal
   * ashur" of "the Tal Ashur crossing"): in any article, no person's name.
   */
  companies: string[];
}

/** Everything the per-source stages produce; cached by the source's hash. */
export interface Analysed {
  article: Article;
  extraction: Extraction;
  /** The bottom-k sketch of the story's text (copies.ts), so near-copies are screened without re-reading it. */
  sketch: number[];
}
