import { describe, expect, it } from 'vitest';
import { findDates, withYear } from './findDates.js';
import { findTime } from './findTime.js';

describe('findDates', () => {
  it('reads UN-style and US-style dates', () => {
    expect(findDates('on Monday, 19 April 2021 at 8 a.m.').map((date) => date.iso)).toEqual([
      '2021-04-19',
    ]);
    expect(findDates('April 19, 2021 and 3rd Sept. 2020').map((date) => date.iso)).toEqual([
      '2021-04-19',
      '2020-09-03',
    ]);
  });

  it('reads ordinal days in French and Spanish', () => {
    expect(
      findDates('le lundi 1er mars 2027, el lunes 1.º de marzo de 2027, el 2º de abril').map(
        (date) => date.iso,
      ),
    ).toEqual(['2027-03-01', '2027-03-01', '04-02']);
  });

  it('leaves the year open when the text does', () => {
    expect(findDates('by 24 April')[0]?.iso).toBe('04-24');
    expect(withYear('04-24', '2024-04-17')).toBe('2024-04-24');
    expect(withYear('04-24', null)).toBeNull();
  });

  it('ignores impossible days and bare month-years', () => {
    expect(findDates('for the month of April 2021, on 45 May 2021')).toEqual([]);
  });
});

describe('findTime', () => {
  it('reads the first time in 24-hour form', () => {
    expect(findTime('at 8 a.m. (New York time)')).toBe('08:00');
    expect(findTime('from 3.30 p.m. to 6 p.m.')).toBe('15:30');
    expect(findTime('16:00 – 18:00 (Geneva time)')).toBe('16:00');
    expect(findTime('at noon')).toBe('12:00');
    expect(findTime('in 2021')).toBeNull();
  });

  it('reads the half of the day in words', () => {
    expect(findTime('a las 3 de la tarde, en la Sala 6')).toBe('15:00');
    expect(findTime('a las 10 de la mañana')).toBe('10:00');
    expect(findTime("à 3 heures de l'après-midi")).toBe('15:00');
    expect(findTime('a las 10.30 horas')).toBe('10:30');
  });
});
