import { describe, expect, it } from 'vitest';
import { subjectOfOtherMeeting, withoutOtherMeetingsDates } from './otherMeetingInSentence.js';

const SENTENCE =
  'In the light of resolution 61/269, by which the General Assembly decided to hold a High-level Dialogue on Interreligious Understanding on 4 and 5 October 2007, the general debate will be held from Tuesday, 25 September, to Wednesday, 3 October 2007.';

describe('otherMeetingInSentence (round 36h)', () => {
  it("blanks the day of another meeting the sentence names, not the announced one's", () => {
    const own = withoutOtherMeetingsDates(SENTENCE, 'general debate');
    expect(own).not.toContain('4 and 5 October 2007');
    expect(own).toContain('Tuesday, 25 September, to Wednesday, 3 October 2007');
    expect(withoutOtherMeetingsDates(SENTENCE, null)).toBe(SENTENCE);
  });

  it("tells another dated meeting's subject from a meeting named twice", () => {
    expect(subjectOfOtherMeeting(SENTENCE, 'Interreligious Understanding', 'general debate')).toBe(
      true,
    );
    expect(
      subjectOfOtherMeeting(
        'The high-level meeting on the rights of older persons will be held in an interactive dialogue format on 12 March 2027.',
        'the rights of older persons',
        'high-level interactive dialogue',
      ),
    ).toBe(false);
  });

  it.each([
    [
      'Human Rights Council Thirty-first session Geneva, 29 February - 24 March 2016 Order of the day* Plenary meetings – Room XX Friday, 17 March 2016 MORNING 48th meeting Panel discussion on democracy',
      'Friday, 17 March 2016',
    ],
  ])('keeps the day after a series heading for the item (session 26): %s', (text, day) => {
    expect(withoutOtherMeetingsDates(text, 'panel discussion')).toContain(day);
  });

  it('still blanks the day after counted meetings of another kind (session 26)', () => {
    const text =
      'The Council will hold two briefings on 3 May 2027, and the panel discussion will be held on 5 May 2027.';
    expect(withoutOtherMeetingsDates(text, 'panel discussion')).not.toContain('3 May 2027');
  });
});
