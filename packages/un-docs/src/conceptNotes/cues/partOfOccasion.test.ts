import { describe, expect, it } from 'vitest';
import { holdsPartOfOccasion } from './partOfOccasion.js';

describe('holdsPartOfOccasion', () => {
  const panels =
    'During the four-week session, the Council will hold five panel discussions on the right to development (15 September).';

  it('tells a meeting held during the session announced', () => {
    expect(holdsPartOfOccasion(panels, 'session')).toBe(true);
  });

  it('keeps the subject of the meeting a note announces itself', () => {
    expect(holdsPartOfOccasion(panels, 'panel discussion')).toBe(false);
    expect(holdsPartOfOccasion(panels, null)).toBe(false);
    expect(
      holdsPartOfOccasion(
        'The Human Rights Council will hold its fifty-first regular session from 12 September.',
        'session',
      ),
    ).toBe(false);
  });
});
