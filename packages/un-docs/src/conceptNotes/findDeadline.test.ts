import { describe, expect, it } from 'vitest';
import { deadlineIn, statedDeadline } from './findDeadline.js';

describe('statedDeadline', () => {
  it('reads a date tied to sending statements by a relation, in three languages', () => {
    expect(
      statedDeadline('Written statements will be accepted until COB Friday, 3 December 2027.'),
    ).toBe('2027-12-03');
    expect(
      statedDeadline(
        'Statements should be sent to x@y.org by close of business on Thursday, 22 April.',
      ),
    ).toBe('04-22');
    expect(
      statedDeadline(
        'Les délégations sont invitées à faire parvenir leurs contributions écrites d’ici au mercredi 3 novembre.',
      ),
    ).toBe('11-03');
    expect(
      statedDeadline(
        'Las delegaciones podrán enviar sus intervenciones antes del miércoles 16 de junio.',
      ),
    ).toBe('06-16');
    expect(statedDeadline('Statements may be sent no later than 6 p.m. on 18 May 2027.')).toBe(
      '2027-05-18',
    );
  });

  it('reads a deadline field or table row', () => {
    expect(statedDeadline('Date limite des déclarations écrites: 14 avril 2027')).toBe(
      '2027-04-14',
    );
    expect(
      statedDeadline(
        'Plazo para el envío de intervenciones por escrito: viernes 9 de abril de 2027.',
      ),
    ).toBe('2027-04-09');
  });

  it('reads a clock time between the relation and the date, and a key-dates row', () => {
    expect(
      statedDeadline(
        'Las delegaciones podrán remitir sus declaraciones a más tardar a las 18.00 horas del 8 de octubre de 2027.',
      ),
    ).toBe('2027-10-08');
    expect(statedDeadline('Written statements: 15 October 2027')).toBe('2027-10-15');
    expect(statedDeadline('Registration of participants: 8 October 2027')).toBeNull();
  });

  it('leaves out the meeting date and the list of speakers', () => {
    expect(statedDeadline('The open debate will be held on Tuesday, 7 December 2027.')).toBeNull();
    expect(
      statedDeadline('Inscription on the list of speakers is open until 17 May 2027.'),
    ).toBeNull();
    expect(statedDeadline('Registration deadline: 1 May 2027')).toBeNull();
  });
});

describe('deadlineIn', () => {
  it('takes a missing year from the meeting date', () => {
    expect(deadlineIn('Statements should reach us by 12 March.', '2027-03-17')).toBe('2027-03-12');
  });
});
