import { describe, expect, it } from 'vitest';
import { honouredConvener } from './honouredConvener.js';

describe('honouredConvener', () => {
  it.each([
    ['His Excellency Mr. Dennis Francis', 'Dennis Francis'],
    ['Ahead of the election, Her Excellency Ms. Amina Dlamini', 'Amina Dlamini'],
    [
      'H.E. Marie Chatardová, Permanent Representative of the Czech Republic, President of ECOSOC',
      'the President of ECOSOC',
    ],
    ['Su Excelencia el Sr. Andrés Molina', 'Andrés Molina'],
  ])('reads %s as %s', (subject, expected) => {
    expect(honouredConvener(subject)).toBe(expected);
  });

  it('reads no one from a subject without the courtesy or with a role but no office', () => {
    expect(honouredConvener('Mr. Dennis Francis')).toBeNull();
    expect(honouredConvener('H.E. Ms. Ana Ruiz, Permanent Representative of Chile')).toBeNull();
  });
});
