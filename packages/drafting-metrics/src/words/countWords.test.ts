import { describe, expect, it } from 'vitest';
import { sampleParagraph } from '../fixtures/samples.js';
import { countWords, wordTokens } from './countWords.js';

describe('countWords on UN text', () => {
  it.each([
    ['2,500 troops', 2],
    ['on 19 April 2021', 4],
    ['see S/2021/311 and A/75/1', 4],
    ['the S/2015/446-A/70/95 report', 3],
    ['peace-building and peacebuilding', 3],
    ['Mr. President,', 2],
    ['at 8 a.m. (New York time)', 6],
    ['$31.6 billion', 2],
    ['1\u202F000\u202F000 people', 2],
    ['Bosnia & Herzegovina', 3],
  ])('%s → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('joins words hyphenated across a line break', () => {
    expect(wordTokens('confidence-\nbuilding measures')).toEqual([
      'confidence-building',
      'measures',
    ]);
  });

  it('drops footnote markers, glued or standalone', () => {
    expect(wordTokens('more than 488,000.¹ And')).toEqual(['more', 'than', '488,000.', 'And']);
    expect(countWords('violence ²³ erupts')).toBe(2);
    expect(wordTokens('prevention.[12] It failed[3][4].')).toEqual([
      'prevention.',
      'It',
      'failed.',
    ]);
    expect(countWords('see [12] below')).toBe(3);
  });

  it('does not count dashes, quotes or ellipses as words', () => {
    expect(countWords('peace — and security – now - here')).toBe(5);
    expect(countWords('recognition—all the more acute')).toBe(5);
    expect(countWords('“ scourge of war ” … and so...on -- end')).toBe(7);
  });

  it('counts nothing in empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\t — … “ ” ¹ ')).toBe(0);
  });
});

describe('countWords on paragraphs of the samples (counted by hand)', () => {
  it.each([
    // COVID-19 in parentheses is one word.
    ['conceptNote', 2, 48],
    // S/2015/446-A/70/95, 488,000.¹, $19.44, inter-State, “scourge: one word each.
    ['conceptNote', 1, 156],
    // "8 a.m." is two words, "19 April 2021" three.
    ['conceptNote', 13, 32],
    // The e-mail address (dppa-scsb3@un.org) is one word.
    ['conceptNote', 14, 35],
    // 150 tokens, two of them spaced em dashes.
    ['preventiveDiplomacyReport', 2, 148],
    // Resolution 58/316, "4 (l)", "17 August 2018", A/73/328-S/2018/592.
    ['regionalCooperationReport', 4, 78],
    // Glued footnote markers ³ ⁴ ⁵ are not words.
    ['regionalPartnershipReport', 9, 79],
  ] as const)('%s paragraph %i has %i words', (sample, paragraph, words) => {
    expect(countWords(sampleParagraph(sample, paragraph))).toBe(words);
  });
});
