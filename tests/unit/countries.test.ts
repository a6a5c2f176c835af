/** Countries found by name, demonym and metonym, on word boundaries, with the longest form first. */
import { describe, expect, it } from 'vitest';
import { findCountries } from '../../src/pipeline/countries.ts';

const found = (text: string, metonyms = false) => findCountries(text, metonyms).map((c) => [text.slice(c.start, c.end), c.country, c.form]);

describe('findCountries', () => {
  it('finds names, demonyms and, when asked, capitals, left to right', () => {
    expect(found('Russian officials met in Moscow and Pyongyang.')).toEqual([['Russian', 'Russia', 'demonym']]);
    expect(found('Russian officials met in Moscow and Pyongyang.', true)).toEqual([
      ['Russian', 'Russia', 'demonym'],
      ['Moscow', 'Russia', 'metonym'],
      ['Pyongyang', 'North Korea', 'metonym'],
    ]);
  });

  it('takes the longest form that starts at a word, dots and hyphens included', () => {
    expect(found('the U.S. and U.K. said; Guinea-Bissau and Guinea; South Korea')).toEqual([
      ['U.S.', 'United States', 'demonym'],
      ['U.K.', 'United Kingdom', 'name'],
      ['Guinea-Bissau', 'Guinea-Bissau', 'name'],
      ['Guinea', 'Guinea', 'name'],
      ['South Korea', 'South Korea', 'name'],
    ]);
  });

  it('reads a curly apostrophe as a straight one, keeping offsets', () => {
    expect(found('in Côte d’Ivoire today')).toEqual([['Côte d’Ivoire', 'Ivory Coast', 'name']]);
  });

  it('does not take part of a longer word', () => {
    expect(found('a Russia-based firm; Russias; preRussia; Koreans; 2Russia; Russia2')).toEqual([]);
  });
});
