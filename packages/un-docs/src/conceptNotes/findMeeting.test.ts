import { describe, expect, it } from 'vitest';
import { findMeeting } from './findMeeting.js';
import { toNoteLayout } from './layout/NoteLayout.js';

function meetingDate(text: string): string | null {
  return findMeeting(toNoteLayout(text)).date;
}

describe('findMeeting', () => {
  it.each([
    // Round 31c: a headline dating a numbered General Assembly dates its session.
    [
      'ONU: la 74e assemblée générale du 17 au 27 septembre 2019\n\nLa 74e session s’ouvrira le 17 septembre 2019. La première journée du débat général aura lieu le mardi 24 septembre 2019.',
      '2019-09-17',
    ],
    // Round 10 (real texts): a date label inside a flattened line, a yearless day with the
    // year of a month named, a lone dateline.
    [
      '13 February 2016 Panel on X CONCEPT NOTE Date and Venue 29 May 2013, 9:00 – 12:00, Room XX.',
      '2013-05-29',
    ],
    [
      'In May 2017, the president released the concept note for the open debate on X, to be convened on May 25.',
      '2017-05-25',
    ],
    [
      'Ambassadorial-level meeting on X\n\n7 Sep 2018 - The resolutions highlighted the role of leadership.',
      '2018-09-07',
    ],
    [
      'Carta de fecha 3 de abril de 2026\n\nEl debate abierto se celebrará el 21 de abril de 2026.',
      '2026-04-21',
    ],
    [
      '# Thematic debate on X\n\n- **date:** 4 May 2015\n- **venue:** UN Headquarters',
      '2015-05-04',
    ],
    [
      '# Thematic debate on X\n\n**4 May 2015** | New York City, US\n\nThe President will convene this debate.',
      '2015-05-04',
    ],
    // Round t39a: a date line that was the best date gives way to a later yearless day ahead.
    [
      'Preview\n\nMonday, 8 March 2027\n\nOn Thursday (11 March), the Council will hold a briefing on Haiti.',
      '2027-03-11',
    ],
    // Round t39a: a meeting "scheduled to start" on a later yearless day under a date line.
    [
      'Notice\n\n3 Jun 2027\n\nThe briefing, scheduled to start at 3 p.m. (New York time), 7 June, will be shown live.',
      '2027-06-07',
    ],
  ])('dates %s', (text, expected) => {
    expect(meetingDate(text)).toBe(expected);
  });
});

describe('findMeeting: moved, expected and briefed (round t42d)', () => {
  it('takes the day a moved meeting goes to, not the one it leaves', () => {
    expect(
      meetingDate(
        'The informal consultations originally planned for Tuesday, 9 March 2027 will take place on Thursday, 11 March 2027 in Conference Room 2.',
      ),
    ).toBe('2027-03-11');
  });

  it('takes the day a meeting is expected to start, over a briefing given about it', () => {
    expect(
      meetingDate(
        'The Chef de Cabinet gave a briefing for Member States on 2 June 2027 on the arrangements for the high-level meeting.\n\nThe opening plenary is expected to start at 10 a.m. on 21 June.',
      ),
    ).toBe('2027-06-21');
    expect(
      meetingDate(
        'Member States were briefed on 2 June 2027 on the arrangements for the summit.\n\nThe summit is expected to open at 9 a.m. on 24 June.',
      ),
    ).toBe('2027-06-24');
  });

  it('keeps a briefing ahead as the meeting', () => {
    expect(meetingDate('The Council will be briefed on 14 June 2027 by the Special Envoy.')).toBe(
      '2027-06-14',
    );
  });
});
