import { describe, expect, it } from 'vitest';
import { findDates, inferYear, withYear } from './findDates.js';
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

  // Session 26: a byline's numeric date with dashes, four-digit year only.
  it.each([
    ['por | 24-06-2019', ['2019-06-24']],
    ['Publié le 03-05-2027 à 14h07', ['2027-05-03']],
    ['Posted 05-29-2027', ['2027-05-29']],
    ['pages 12-14-16', []],
    ['call 212-963-1234', []],
    ['2027-05-03', ['2027-05-03']],
  ])('reads dashes in %s', (text, dates) => {
    expect(findDates(text).map((date) => date.iso)).toEqual(dates);
  });

  it("reads a blog's squashed date block, whole and capitalized only", () => {
    expect(findDates('Sunday Aug242014').map((date) => date.iso)).toEqual(['2014-08-24']);
    expect(findDates('Feb72027').map((date) => date.iso)).toEqual(['2027-02-07']);
    expect(findDates('see aug242014 or XAug242014 or Aug2420145')).toEqual([]);
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

describe('the date grammar', () => {
  // One table of the forms real notes print, in the UN languages: the grammar reads them
  // wherever they stand, whatever the sentence around them says.
  const forms: [string, string[]][] = [
    ['Monday, 19 April 2021', ['2021-04-19']],
    ['Thu, 14 Oct. 2027 · 3pm', ['2027-10-14']],
    ['Wednesday the 3rd of March 2027, 1500-1800 hrs', ['2027-03-03']],
    ['the 1st of April', ['04-01']],
    ['April 19th, 2021', ['2021-04-19']],
    ['Oct.14, 2027', ['2027-10-14']],
    ['Sept 9 2027', ['2027-09-09']],
    ['14–15 May 2027', ['2027-05-14']],
    ['May 14–15, 2027', ['2027-05-14']],
    ['du 14 au 15 avril 2027', ['2027-04-14']],
    ['le mardi 9 mars 2027 de 10 heures à 13 heures', ['2027-03-09']],
    ['le 3 févr. 2027', ['2027-02-03']],
    ['el miércoles 3 de nov. de 2027', ['2027-11-03']],
    ['el 1.º de marzo de 2027', ['2027-03-01']],
    ['del 14 al 16 de abril de 2027', ['2027-04-14']],
    // Round w36bt: a weekday on each day of a range, and each day with its own month.
    ['Mon 15 – Tue 16 Nov 2027', ['2027-11-15']],
    ['du lundi 15 au mardi 16 novembre 2027', ['2027-11-15']],
    ['20 Feb - 21 Feb 2014', ['2014-02-20']],
    ['del 30 de noviembre al 2 de diciembre de 2027', ['2027-11-30']],
    ['30 Dec – 2 Jan 2028', ['2027-12-30']],
    ['on 3 March and 5 April 2027', ['03-03', '2027-04-05']],
    ['from 1 January to 31 December 2026', ['01-01', '2026-12-31']],
    ['9 марта 2027 года', ['2027-03-09']],
    ['9 مارس 2027', ['2027-03-09']],
    ['2027年3月9日', ['2027-03-09']],
    ['2027-11-18 (Thursday)', ['2027-11-18']],
    ['Fecha: 09/03/2027', ['2027-03-09']],
    ['antes del 5/03/2027', ['2027-03-05']],
    ['on 12.3.2027', ['2027-03-12']],
    ['03/29/2027', ['2027-03-29']],
    ['9/3/27', ['2027-03-09']],
    ['in March 2021', []],
    ['S/2021/123 and A/75/345', []],
    ['resolution 2573 (2021)', []],
    ['10.00 – 13.00', []],
    ['a set of 3 set pieces', []],
    ['section 1.5.27', []],
  ];
  it.each(forms)('reads %s', (text, dates) => {
    expect(findDates(text).map((date) => date.iso)).toEqual(dates);
  });
});

describe('inferYear', () => {
  it('takes the year of the latest full date, or the next one for a day well before it', () => {
    expect(inferYear('04-22', ['2017-03-24', '2027-04-20'])).toBe('2027-04-22');
    expect(inferYear('01-12', ['2026-12-15'])).toBe('2027-01-12');
    expect(inferYear('07-27', ['2027-07-26'])).toBe('2027-07-27');
    expect(inferYear('04-10', ['2027-04-20'])).toBe('2027-04-10');
    expect(inferYear('04-10', [])).toBeNull();
  });
});

describe('the time grammar', () => {
  const forms: [string, string | null][] = [
    ['at 8 a.m. (New York time)', '08:00'],
    ['3pm-6pm EDT', '15:00'],
    ['from 3pm to 6pm', '15:00'],
    ['10:00am', '10:00'],
    ['11AM – 1PM', '11:00'],
    ['3 P.M. EST', '15:00'],
    ['12 noon', '12:00'],
    ["10 o'clock", '10:00'],
    ["at three o'clock in the afternoon", '15:00'],
    ['à midi', '12:00'],
    ['16:00 – 18:00 (Geneva time)', '16:00'],
    ['10.00 – 13.00 horas', '10:00'],
    // Round w36bt: a bare first hour in a French or Spanish range.
    ['de 10 a 18.00 horas', '10:00'],
    ['de 10 à 13 heures', '10:00'],
    ['15:00 a 18:00 horas', '15:00'],
    ['de las 15.00 a las 18.00 horas', '15:00'],
    ['de 15 heures à 18 heures', '15:00'],
    ['15 h 30', '15:30'],
    ['10h00–13h00 (New York)', '10:00'],
    ['10H30', '10:30'],
    ['15.00 h', '15:00'],
    ['1500-1800 hrs', '15:00'],
    ['в 10 ч. 00 м.', '10:00'],
    ['a las 3 de la tarde', '15:00'],
    ['on Friday, 1 September 2023 at 10. 00 a. m. in the Hall', '10:00'],
    ['at 3. 30 p. m. in Conference Room 4', '15:30'],
    ['resolution 77/5. 10 a.m. start', '10:00'],
    ['in 2021, 1500 people', null],
    ['resolution 2573 (2021)', null],
  ];
  it.each(forms)('reads %s', (text, time) => {
    expect(findTime(text)).toBe(time);
  });
});

describe('findTime', () => {
  it('reads the first time in 24-hour form', () => {
    expect(findTime('at 8 a.m. (New York time)')).toBe('08:00');
    expect(findTime('from 3.30 p.m. to 6 p.m.')).toBe('15:30');
    // A range crossing noon starts before it, or at it (round 10).
    expect(findTime('24 September 2015, 12 - 3 p.m., Palais des Nations')).toBe('12:00');
    expect(findTime('from 11 to 1 p.m.')).toBe('11:00');
    expect(findTime('3–6 p.m.')).toBe('15:00');
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
