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

  // Round t42b: a forum's parts, and the theme of a part named as such.
  it.each([
    ['The Forum will feature four thematic sessions on “Jobs”, “Skills” and “Mobility”.', 'forum'],
    ['Le Forum comprendra une table ronde sur « l’emploi des jeunes ».', 'forum'],
    ['This year’s high-level panel discussion is themed “Children and climate”.', 'session'],
    ['La mesa redonda de alto nivel de este año tiene por tema «Agua y paz».', 'session'],
  ])('tells a part of a forum or session by its kind: %s', (sentence, format) => {
    expect(holdsPartOfOccasion(sentence, format)).toBe(true);
  });

  it.each([
    ['The theme of the session is “Rights at the centre”.', 'session'],
    ['The Forum will be held under the theme “Youth at the table”.', 'forum'],
    [
      'In addressing the main theme of the 2027 session, “Oceans at risk”, the segment will …',
      'segment',
    ],
    ['This year’s panel discussion is themed “Children and climate”.', 'panel discussion'],
  ])('keeps the theme of the meeting announced: %s', (sentence, format) => {
    expect(holdsPartOfOccasion(sentence, format)).toBe(false);
  });
});
