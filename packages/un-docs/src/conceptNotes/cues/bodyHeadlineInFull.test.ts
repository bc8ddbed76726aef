import { describe, expect, it } from 'vitest';
import { candidate } from './Candidate.js';
import { pickBest } from './Candidate.js';
import { bodyHeadlineInFull } from './bodyHeadlineInFull.js';

const HEADLINE = "Commission de consolidation de la paix : le Tchad à l'ordre du jour";
const SENTENCE =
  "La Commission de consolidation de la paix tiendra, le mardi 16 mars, une réunion au niveau des ambassadeurs consacrée à l'appui international à la transition au Tchad.";

describe('bodyHeadlineInFull (round t40b)', () => {
  it('takes the announced subject holding every name of a headline naming no meeting', () => {
    const ranked = bodyHeadlineInFull([
      candidate("le Tchad à l'ordre du jour", 0.58, HEADLINE, 'titleSubject'),
      candidate(
        "l'appui international à la transition au Tchad",
        0.5,
        SENTENCE,
        'announcedSubject',
      ),
    ]);
    expect(pickBest(ranked)?.value).toBe("l'appui international à la transition au Tchad");
  });

  it('leaves a title naming the meeting, or a subject without the headline’s names', () => {
    const meeting = 'Open debate on the situation in Haiti';
    expect(
      pickBest(
        bodyHeadlineInFull([
          candidate('the situation in Haiti', 0.58, meeting, 'titleSubject'),
          candidate(
            'the political transition in Haiti and its region',
            0.5,
            's',
            'announcedSubject',
          ),
        ]),
      )?.value,
    ).toBe('the situation in Haiti');
    expect(
      pickBest(
        bodyHeadlineInFull([
          candidate('Haiti in focus', 0.58, 'Security Council: Haiti in focus', 'titleSubject'),
          candidate('the situation in the Sahel region', 0.5, 's', 'announcedSubject'),
        ]),
      )?.value,
    ).toBe('Haiti in focus');
  });
});
