import { describe, expect, it } from 'vitest';
import { dateToCome } from './dateToCome.js';

const says = (text: string): boolean => dateToCome([{ text, block: 0 }]);

describe('dateToCome', () => {
  it('reads a meeting date still to be set', () => {
    for (const text of [
      'The exact date of the open debate will be announced by the presidency in due course.',
      'Date: to be confirmed',
      'La date de la table ronde sera communiquée ultérieurement.',
      'La fecha del diálogo se dará a conocer más adelante.',
      '会议具体日期待定。',
    ])
      expect(says(text)).toBe(true);
  });

  it('reads none in a date given or in a deadline', () => {
    for (const text of [
      'The open debate will be held on 4 May 2027; the list of speakers will be announced later.',
      'Statements received after that date will not be posted.',
      'La réunion aura lieu le 3 mars ; le programme sera communiqué ultérieurement.',
    ])
      expect(says(text)).toBe(false);
  });
});
