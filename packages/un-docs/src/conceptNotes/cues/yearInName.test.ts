import { describe, expect, it } from 'vitest';
import { yearInName } from './yearInName.js';

describe('yearInName (round 36h)', () => {
  it('reads the year the subject names its meeting with', () => {
    expect(yearInName('The 2023 HAS will take place from 21 to 23 June in Geneva.')).toBe('2023');
    expect(yearInName('HLPF 2027 will be held from 6 to 15 July.')).toBe('2027');
  });

  it("leaves a date's year, a quoted theme's and a time phrase's alone", () => {
    expect(
      yearInName(
        'Pursuant to resolution 2250 of 9 December 2015, the Security Council will hold its annual open debate on 14 May.',
      ),
    ).toBeNull();
    expect(
      yearInName(
        'Under the theme “Delivering the 2030 Agenda”, the forum will take place on 3 May.',
      ),
    ).toBeNull();
    expect(yearInName('In 2027, the Council will hold an open debate on 3 May.')).toBeNull();
  });
});
