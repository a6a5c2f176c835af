/** Shapes shared by the resolvers of each entity kind. */
import type { MentionRef } from '../../schema.ts';
import type { Article, Extraction, Span } from '../types.ts';

/** One article as resolution sees it: its page id and what extraction found in it. */
export interface ArticleInput {
  id: string;
  article: Article;
  extraction: Extraction;
}

/** A resolved entity before it has a page id: the display name and its frontmatter. */
export interface EntityOut<T> {
  name: string;
  data: T;
}

/** Where resolvers record which entity each mention became, for the article pages and quotes. */
export interface MentionSink {
  person(input: ArticleInput, mention: number, entity: number): void;
  personOf(input: ArticleInput, mention: number): number | undefined;
  agreement(input: ArticleInput, mention: Span, entity: number): void;
  outlet(input: ArticleInput, mention: Span, entity: number): void;
  ref(input: ArticleInput, span: Span): MentionRef;
  /** The sentence a span stands in. */
  sentence(input: ArticleInput, span: Span): string;
  warn(file: string | null, message: string): void;
}
