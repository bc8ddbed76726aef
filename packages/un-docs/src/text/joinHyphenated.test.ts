import { describe, expect, it } from 'vitest';
import { joinHyphenated, vocabularyOf } from './joinHyphenated.js';

describe('joinHyphenated', () => {
  it('drops the hyphen typesetting put into a word the document spells whole', () => {
    expect(joinHyphenated('partici-', 'pating', vocabularyOf('participating'))).toBe(
      'participating',
    );
  });

  it('keeps the hyphen before a word that goes on with a hyphen of its own', () => {
    // Round 25b: "science-" / "technology-policy interface" is one compound chain.
    expect(joinHyphenated('science-', 'technology-policy', vocabularyOf(''))).toBe(
      'science-technology-policy',
    );
  });

  it('keeps the hyphen before a French inverted subject pronoun (round h11t)', () => {
    const vocabulary = vocabularyOf('');
    expect(joinHyphenated('les institutions peuvent-', 'elles apporter', vocabulary)).toBe(
      'les institutions peuvent-elles apporter',
    );
    expect(joinHyphenated('la Commission doit-', 'on jouer', vocabulary)).toBe(
      'la Commission doit-on jouer',
    );
    expect(joinHyphenated('une coopé-', 'ration', vocabulary)).toBe('une coopération');
  });

  it('keeps the hyphen before the "-ing" head of a UN compound (round t42d)', () => {
    const vocabulary = vocabularyOf('');
    expect(joinHyphenated('regional information-', 'sharing centres', vocabulary)).toBe(
      'regional information-sharing centres',
    );
    expect(joinHyphenated('the agenda-', 'setting role', vocabulary)).toBe(
      'the agenda-setting role',
    );
    expect(joinHyphenated('a fact-', 'finding mission', vocabulary)).toBe('a fact-finding mission');
    // A word cut elsewhere is still joined.
    expect(joinHyphenated('the shar-', 'ing of data', vocabulary)).toBe('the sharing of data');
  });
});
