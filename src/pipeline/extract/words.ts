/**
 * Word tests shared by the people and role extractors: what a token is once its possessive is stripped,
 * whether it is capitalised, a role word, a place, or could stand in a name.
 */
import { HONORIFICS, NAME_STOPWORDS, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS } from '../../lexicons/titles.ts';
import { countryOf, isAmbiguousDemonym } from '../countries.ts';
import { foldWord } from '../names.ts';
import { isCapitalised, stripPossessive, type Token } from '../text.ts';

export const CONNECTORS = new Set(['of', 'the', 'to', 'for', 'and', 'in', 'at', 'on', 'a', 'an', '&']);

export const bare = (t: Token): string => stripPossessive(t.text).word;
export const lower = (t: Token): string => foldWord(bare(t));
export const isCap = (t: Token): boolean => isCapitalised(t.text);
export const isRoleWord = (t: Token): boolean => ROLE_HEADS.has(lower(t)) || ROLE_MODIFIERS.has(lower(t));
export const isPlaceOrCountry = (t: Token): boolean => countryOf(bare(t)) !== null || isAmbiguousDemonym(bare(t));
/** A capitalised word that could be part of a name. */
export const nameLike = (t: Token | undefined): boolean =>
  !!t &&
  isCap(t) &&
  !HONORIFICS.has(lower(t)) &&
  !NAME_STOPWORDS.has(lower(t)) &&
  !ORG_HEADS.has(lower(t)) &&
  !isPlaceOrCountry(t) &&
  !isRoleWord(t);
