import { describe, expect, it } from 'vitest';
import { subjectTakingPlace } from './takesPlaceOnDay.js';

describe('subjectTakingPlace', () => {
  it('gives the meeting a sentence places on its day', () => {
    expect(
      subjectTakingPlace(
        'One key event for the month, a thematic briefing on the relationship between conflict and environmental harms, will take place on 6 November, he said.',
      ),
    ).toBe('a thematic briefing on the relationship between conflict and environmental harms');
    expect(
      subjectTakingPlace(
        'Among the month’s signature events, a high-level briefing on maritime security will be held on 18 June.',
      ),
    ).toBe('a high-level briefing on maritime security');
  });

  it('gives nothing without a day after the verb', () => {
    expect(
      subjectTakingPlace('The open debate will take place in the Council Chamber.'),
    ).toBeNull();
  });
});
