import { describe, expect, it } from 'vitest';
import { candidate, pickBest } from './Candidate.js';
import { capitalsInFull } from './capitalsInFull.js';
import { devotedSubject } from './devotedClause.js';

const LEDE =
  "Le Conseil des droits de l'homme tiendra une session extraordinaire le jeudi 17 décembre en salle XX du Palais des Nations, qui sera consacrée à la situation des droits de l'homme au Burundi.";

describe('devotedClause (round t40b)', () => {
  it('reads the subject of a relative clause after the day and place', () => {
    expect(devotedSubject(LEDE)).toBe("la situation des droits de l'homme au Burundi");
    expect(
      devotedSubject(
        'The Commission will hold an ambassadorial-level meeting on 3 May in Conference Room 1, which will focus on youth and peacebuilding in the Sahel.',
      ),
    ).toBe('youth and peacebuilding in the Sahel');
    expect(
      devotedSubject(
        'El Consejo celebrará una reunión el martes 4 de mayo, que estará dedicada a la protección de los civiles.',
      ),
    ).toBe('la protección de los civiles');
  });

  it('reads nothing in a sentence announcing no meeting', () => {
    expect(
      devotedSubject(
        'The report was published in May, which will be devoted to the review of the mandate.',
      ),
    ).toBeNull();
  });
});

describe('capitalsInFull (round t40b)', () => {
  it('puts the subject naming a headline’s in full above it', () => {
    const ranked = capitalsInFull([
      candidate(
        'LA SITUATION AU BURUNDI',
        0.5,
        'LE CONSEIL … SUR LA SITUATION AU BURUNDI',
        'announcedSubject',
      ),
      candidate("la situation des droits de l'homme au Burundi", 0.5, LEDE, 'devotedClause'),
    ]);
    expect(pickBest(ranked)?.value).toBe("la situation des droits de l'homme au Burundi");
  });

  it('leaves a headline no other subject holds', () => {
    const alone = [candidate('LA SITUATION AU BURUNDI', 0.5, 'h', 'announcedSubject')];
    expect(capitalsInFull(alone)).toEqual(alone);
  });
});
