import { describe, expect, it } from 'vitest';
import { recordsPast } from './sentenceTense.js';
import { withoutFrontedParticiple } from './meetingWords.js';

describe('an opening participle (round 32)', () => {
  it('is set aside: the main clause says whether the meeting was held', () => {
    const poster =
      'Held on the margins of the 2028 session of the UN-Habitat Assembly, this side event brings together mayors.';
    expect(withoutFrontedParticiple(poster)).toBe('this side event brings together mayors.');
    expect(recordsPast(poster)).toBe(false);
    expect(
      withoutFrontedParticiple(
        'Organisée en marge de la session, la manifestation réunira des maires.',
      ),
    ).toBe('la manifestation réunira des maires.');
  });

  it('leaves a past main clause, and a participle not set off by a comma', () => {
    expect(
      recordsPast('Held on the margins of the session, the side event was well attended.'),
    ).toBe(true);
    expect(recordsPast('Held in New York last week the meeting drew ministers.')).toBe(true);
  });
});
