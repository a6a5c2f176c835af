/**
 * The zod schemas of everything the ingest writes to content/ and the Astro site reads back.
 * One schema per concern; the pipeline validates its output with them and src/content.config.ts
 * gives them to Astro, so both sides share one definition of the data.
 */
import { z } from 'zod';

/** What a line of a source is. Everything is kept; the kind only says how to show it. */
export const blockKind = z.enum([
  'headline', // the article's title as it stands in the source
  'standfirst', // a teaser or summary line ahead of the body
  'date', // a line that only gives a date ("Nov. 28, 2024 Thursday", "date 2024-06-19")
  'masthead', // the publication's name on a line of its own
  'body', // running text
  'subheading', // a short heading inside the body ("The program")
  'related', // a teaser headline of another story, left in by the scraper
  'caption', // a photo caption or credit ("© Agency / ...")
  'timestamp', // a live-blog time stamp ("- 01:57 GMT")
  'source-line', // "Source: X"
  'byline', // the author or desk ("Political News Team", "By Jane Doe")
  'bio', // an author's biography
  'boilerplate', // the site's own words: a newsletter sign-up, "Send us your feedback.", an update note
]);
export type BlockKind = z.infer<typeof blockKind>;

/** The kinds of entity the dossier has a page for. */
export const entityKind = z.enum(['person', 'agreement', 'outlet']);
export type EntityKind = z.infer<typeof entityKind>;

/** Where a mention stands: article id, paragraph anchor, and character offsets within that paragraph's text. */
export const mentionRef = z.object({
  article: z.string(),
  paragraph: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The words as the source wrote them. */
  text: z.string(),
  /** The sentence around the mention, for backlinks. */
  snippet: z.string(),
});
export type MentionRef = z.infer<typeof mentionRef>;

/** A merge decision: why a surface form was judged to be this entity. */
export const judgement = z.object({
  /** The surface form that was merged in. */
  alias: z.string(),
  /** The form it was compared with. */
  matched: z.string(),
  /** Human-readable evidence, e.g. "given name Yury ~ Yuri (transliteration); same family name". */
  reason: z.string(),
  /** 'strong' needs nothing more; 'weak' matched on the name only with a second piece of evidence; 'editorial' came from dossier.yaml. */
  strength: z.enum(['exact', 'strong', 'weak', 'short-form', 'editorial']),
  /** Articles where the merged form occurs. */
  articles: z.array(z.string()),
});
export type Judgement = z.infer<typeof judgement>;

/** A surface form and the articles that used it. */
export const alias = z.object({ name: z.string(), articles: z.array(z.string()) });

/** One paragraph of an article, in source order; the body holds its text. */
export const paragraphMeta = z.object({
  /** Stable anchor: derived from the paragraph's text, so inserting a paragraph elsewhere does not move it. */
  id: z.string(),
  /** 1-based position, for display ("¶3"). */
  n: z.number().int().positive(),
  kind: blockKind,
  /** 1-based line in the source file. */
  line: z.number().int().positive(),
});

/** A mention inside an article: which entity, where. Offsets are into the paragraph's text. */
export const articleMention = z.object({
  kind: entityKind,
  entity: z.string(),
  paragraph: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const articleSchema = z.object({
  title: z.string(),
  /** How the title was found: the source's own headline, or its first sentence when it has none. */
  titleFrom: z.enum(['headline', 'first-sentence', 'editorial']),
  /** Path of the source relative to the project, e.g. "seeds/000_a464e586ecffd183.txt". */
  source: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Publication date as YYYY-MM-DD when the source gives one; `dateText` is what it said. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  dateText: z.string().nullable(),
  /** "JAKARTA -", "PYONGYANG (Sputnik) -": the place, and the agency in brackets if any. */
  dateline: z.object({ place: z.string(), agency: z.string().nullable() }).nullable(),
  /** Outlet id of the publisher, or null when neither the text nor dossier.yaml reveals it. */
  publisher: z.string().nullable(),
  /** What revealed the publisher ("Source: Stern", "masthead", "dateline", "dossier.yaml"). */
  publisherEvidence: z.string().nullable(),
  byline: z.string().nullable(),
  url: z.string().nullable(),
  paragraphs: z.array(paragraphMeta),
  people: z.array(z.string()),
  agreements: z.array(z.string()),
  outlets: z.array(z.string()),
  /** Articles that are the same story republished with small edits (syndication), by id. */
  copies: z.array(z.string()),
  warnings: z.array(z.string()),
});
/**
 * The frontmatter of an article's MDX file. Its mentions are not repeated there: they are the <M> elements of
 * its body, and each entity's file lists its own with their offsets.
 */
export type ArticleFrontmatter = z.infer<typeof articleSchema>;
export type ArticleMention = z.infer<typeof articleMention>;
/** An article as the pipeline holds it: its frontmatter and every mention, with offsets, that its body marks. */
export type ArticleData = ArticleFrontmatter & { mentions: ArticleMention[] };

/** Entities that share paragraphs with this one, most often first: computed once by the analyse stage. */
export const alongside = z.array(z.object({ kind: entityKind, id: z.string(), count: z.number().int().positive() }));

export const quote = z.object({
  text: z.string(),
  article: z.string(),
  paragraph: z.string(),
});

export const personSchema = z.object({
  name: z.string(),
  aliases: z.array(alias),
  /** Each role as a source gives it, e.g. "Foreign Minister" in one article, "minister of Foreign Affairs" in another. */
  roles: z.array(z.object({ role: z.string(), article: z.string(), paragraph: z.string() })),
  /** Country or side, when the text says ("Russian President ...", "from the DPRK side"). */
  country: z.string().nullable(),
  countries: z.array(z.object({ country: z.string(), article: z.string() })),
  articles: z.array(z.string()),
  mentions: z.array(mentionRef),
  quotes: z.array(quote),
  evidence: z.array(judgement),
  alongside,
  description: z.string().nullable(),
});
export type PersonData = z.infer<typeof personSchema>;

export const agreementStatus = z.enum(['signed', 'expected', 'referenced', 'alleged', 'denied']);
export type AgreementStatus = z.infer<typeof agreementStatus>;

export const agreementSchema = z.object({
  name: z.string(),
  aliases: z.array(alias),
  year: z.number().int().nullable(),
  /** True when a source gives it a proper name; false when the sources only describe it. */
  named: z.boolean(),
  status: z.array(z.object({ status: agreementStatus, article: z.string(), paragraph: z.string(), evidence: z.string() })),
  articles: z.array(z.string()),
  mentions: z.array(mentionRef),
  evidence: z.array(judgement),
  alongside,
  description: z.string().nullable(),
});
export type AgreementData = z.infer<typeof agreementSchema>;

export const outletSchema = z.object({
  name: z.string(),
  aliases: z.array(alias),
  country: z.string().nullable(),
  /** From the general directory of news organisations, when listed there. */
  type: z.enum(['agency', 'newspaper', 'broadcaster', 'magazine', 'online']).nullable(),
  published: z.array(z.string()),
  cited_in: z.array(z.string()),
  articles: z.array(z.string()),
  mentions: z.array(mentionRef),
  evidence: z.array(judgement),
  alongside,
  description: z.string().nullable(),
});
export type OutletData = z.infer<typeof outletSchema>;

/** A citation: the paragraph of an article a statement rests on. */
export const cite = z.object({ article: z.string(), paragraph: z.string() });
export type Cite = z.infer<typeof cite>;
const cited = z.object({ text: z.string(), cites: z.array(cite) });

export const disagreement = z.object({
  topic: z.enum(['role', 'day', 'date', 'duration', 'amount', 'count', 'share', 'penalty', 'magnitude', 'status', 'spelling']),
  /** The entity it is about, or null for an event (the arrival, the talks). */
  subject: z.object({ kind: entityKind, id: z.string() }).nullable(),
  /** What the sources disagree on, as a phrase: "the minister's post", "the day of the arrival". */
  about: z.string(),
  /** A fact that helps the reader judge ("the date they give was a Wednesday"), or null. */
  note: z.string().nullable(),
  /** What each side says, as written, with the paragraphs that say it. */
  sides: z.array(z.object({ value: z.string(), cites: z.array(cite) })),
});
export type Disagreement = z.infer<typeof disagreement>;

/** content/summary.json: the consolidated picture the analyse stage draws from all sources. */
export const summarySchema = z.object({
  /** The most representative sentences across sources, each citing where it stands and the paragraphs that back it. */
  synopsis: z.array(cited),
  facts: z.object({
    /** The most representative sentence: what happened. */
    what: cited.nullable(),
    /** The day most sources tie the events to, as YYYY-MM-DD, with the paragraphs that give it. */
    when: z.object({ date: z.string(), cites: z.array(cite) }).nullable(),
    /** First and last publication dates among the sources that give one. */
    published: z.object({ from: z.string(), to: z.string() }).nullable(),
    /** The place most sources name, with the paragraphs that name it. */
    where: z.object({ place: z.string(), cites: z.array(cite) }).nullable(),
    /** The people most sources mention, most first. */
    who: z.array(z.string()),
  }),
  timeline: z.array(z.object({ date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), events: z.array(cited) })),
  disagreements: z.array(disagreement),
  /** Columns are publishers (null: not stated); each row counts the column's articles that mention the entity. */
  coverage: z.object({
    columns: z.array(z.object({ outlet: z.string().nullable(), articles: z.array(z.string()) })),
    rows: z.array(z.object({ kind: z.enum(['person', 'agreement']), id: z.string(), counts: z.array(z.number().int().nonnegative()) })),
  }),
  /** The relationship picture: nodes are entities, edges join those mentioned in one paragraph (weight: how often). */
  graph: z.object({
    nodes: z.array(z.object({ kind: entityKind, id: z.string(), weight: z.number().int().nonnegative() })),
    edges: z.array(z.object({ source: z.number().int().nonnegative(), target: z.number().int().nonnegative(), weight: z.number().int().positive() })),
  }),
});
export type Summary = z.infer<typeof summarySchema>;

/** content/dossier.json: what the whole dossier is, and what the ingest reported. */
export const dossierMetaSchema = z.object({
  title: z.string(),
  description: z.string().nullable(),
  sources: z.number().int(),
  warnings: z.array(z.object({ file: z.string().nullable(), message: z.string() })),
});
export type DossierMeta = z.infer<typeof dossierMetaSchema>;

/** seeds/dossier.yaml: what one dossier's editors know. Every key is optional; unknown keys are errors. */
const corrections = z
  .object({
    /** Groups of names to force into one entity; the first becomes the display name. */
    merge: z.array(z.array(z.string()).min(2)).optional(),
    /** Pairs (or groups) of names that must stay separate entities. */
    keep_apart: z.array(z.array(z.string()).min(2)).optional(),
    /** Display name to use instead of the chosen one: { "found name": "name to show" }. */
    rename: z.record(z.string(), z.string()).optional(),
    /** Names of entities to leave out of the dossier (false positives). */
    hide: z.array(z.string()).optional(),
    /** One-line descriptions shown on the entity's page: { "name": "description" }. */
    describe: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type Corrections = z.infer<typeof corrections>;

export const editorialSchema = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    /** Per source file name (e.g. "000_a464e586ecffd183.txt"): facts the text does not give. */
    sources: z
      .record(
        z.string(),
        z
          .object({
            publisher: z.string().optional(),
            url: z.string().url().optional(),
            date: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
              .optional(),
            title: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
    people: corrections.optional(),
    agreements: corrections.optional(),
    outlets: corrections.optional(),
  })
  .strict();
export type Editorial = z.infer<typeof editorialSchema>;
