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
});
