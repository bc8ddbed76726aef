import { describe, expect, it } from 'vitest';
import type { NoteSentence } from '../NoteText.js';
import { floorDeadlineBeside } from './floorDeadlineBeside.js';

const passage = (...texts: string[]): NoteSentence[] => texts.map((text) => ({ text, block: 4 }));

describe('floorDeadlineBeside', () => {
  it('reads a deadline named on its own beside the list of speakers', () => {
    expect(
      floorDeadlineBeside(
        passage(
          'The list of speakers for the segment will be kept by the secretariat.',
          'Missions may indicate two preferred slots for their minister.',
          'We expect that the deadline for indicating the slots will be Friday, 9 April 2027.',
        ),
        null,
      ),
    ).toBe('2027-04-09');
    expect(
      floorDeadlineBeside(
        passage(
          'La date limite sera le 12 mars.',
          "Les demandes d'inscription sur la liste des orateurs sont à adresser au secrétariat.",
        ),
        '2027-03-20',
      ),
    ).toBe('2027-03-12');
  });

  it('reads none away from the floor or for attending', () => {
    expect(
      floorDeadlineBeside(
        passage(
          'The report will be presented by the Special Rapporteur.',
          'The deadline for comments on the draft is 9 April 2027.',
        ),
        null,
      ),
    ).toBeNull();
    expect(
      floorDeadlineBeside(
        passage(
          'The list of speakers will be kept by the secretariat.',
          'The deadline to register to attend in person is 9 April 2027.',
        ),
        null,
      ),
    ).toBeNull();
  });
});
