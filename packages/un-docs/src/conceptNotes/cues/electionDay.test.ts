import { describe, expect, it } from 'vitest';
import { subjectIsElection } from './electionDay.js';

describe('subjectIsElection', () => {
  it('reads an election as the subject of its sentence, in English, French and Spanish', () => {
    expect(
      subjectIsElection(
        'The election of the President of the 73rd session of the General Assembly will take place on Tuesday, 5 June 2018.',
      ),
    ).toBe(true);
    expect(subjectIsElection('L’élection du Secrétaire général aura lieu le 20 octobre.')).toBe(
      true,
    );
    expect(subjectIsElection('La elección del Presidente tendrá lugar el 4 de junio.')).toBe(true);
  });

  it('reads no meeting held on an election', () => {
    expect(
      subjectIsElection('The dialogue on the election of judges will take place on 3 May 2028.'),
    ).toBe(false);
  });
});
