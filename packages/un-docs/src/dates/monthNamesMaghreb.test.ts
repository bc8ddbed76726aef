import { describe, expect, it } from 'vitest';
import { findDates } from './findDates.js';
import { monthNumber } from './monthNames.js';

// Round t43c: the Maghreb's Arabic month names, as Moroccan and Algerian news print them.
describe('Arabic month names of the Maghreb', () => {
  it.each([
    ['شتنبر', 9],
    ['غشت', 8],
    ['يوليوز', 7],
    ['نونبر', 11],
    ['دجنبر', 12],
    ['ماي', 5],
  ])('%s is month %i', (name, month) => {
    expect(monthNumber(name)).toBe(month);
  });

  it('dates a meeting by one', () => {
    expect(findDates('ستعقد الجلسة يوم 14 نونبر 2028 في جنيف.').map(({ iso }) => iso)).toEqual([
      '2028-11-14',
    ]);
  });

  it('reads no month in a word that only begins like one', () => {
    expect(findDates('شارك مايكل في 3 جلسات.')).toEqual([]);
  });
});
