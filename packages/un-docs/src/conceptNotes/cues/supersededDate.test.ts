import { describe, expect, it } from 'vitest';
import { withoutSupersededDates } from './supersededDate.js';

describe('withoutSupersededDates', () => {
  it('drops the day a moved meeting was first set for, in English, French and Spanish', () => {
    for (const text of [
      'The briefing originally planned for Tuesday, 9 June 2026 will now be held on 11 June 2026.',
      'The dialogue, initially scheduled on 3 March 2027, has been moved to 10 March 2027.',
      'La réunion, initialement prévue le 14 avril 2027, se tiendra le 16 avril 2027.',
      'La sesión, prevista inicialmente para el 2 de mayo de 2027, se celebrará el 9 de mayo de 2027.',
    ])
      expect(withoutSupersededDates(text).match(/\b20(?:26|27)\b/gu)).toHaveLength(1);
  });

  it('keeps a date that no earlier schedule names', () => {
    const text = 'The debate is scheduled for 4 May 2027 and will be chaired by the Minister.';
    expect(withoutSupersededDates(text)).toBe(text);
  });
});
