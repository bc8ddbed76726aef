import { describe, expect, it } from 'vitest';
import { passageOf, splitSentences } from './quoteSentences';

// Paragraph 12 of S/2011/552 (Preventive diplomacy: Delivering results), as imported.
const PARAGRAPH =
  'Preventive diplomacy is most effective when it is pursued early. Mr. Guterres noted this in para. 7 of the report. ' +
  'The United Nations works with regional organizations, as set out in S/2011/552. “Early warning” must lead to early action!';

describe('quoting sentences of a library paragraph', () => {
  it('splits at sentence ends but not after abbreviations or inside symbols', () => {
    expect(splitSentences(PARAGRAPH)).toEqual([
      'Preventive diplomacy is most effective when it is pursued early.',
      'Mr. Guterres noted this in para. 7 of the report.',
      'The United Nations works with regional organizations, as set out in S/2011/552.',
      '“Early warning” must lead to early action!',
    ]);
    expect(splitSentences('  ')).toEqual([]);
    expect(splitSentences('No full stop at the end')).toEqual(['No full stop at the end']);
  });

  it('joins neighbouring sentences and marks what is left out between them', () => {
    const sentences = splitSentences(PARAGRAPH);
    expect(passageOf(sentences, [0])).toBe(sentences[0]);
    expect(passageOf(sentences, [1, 0])).toBe(`${sentences[0]} ${sentences[1]}`);
    expect(passageOf(sentences, [0, 3])).toBe(`${sentences[0]} […] ${sentences[3]}`);
    expect(passageOf(sentences, [9, -1])).toBe('');
  });
});
