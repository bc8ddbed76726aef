import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { announcedByLayout } from './announcementLayout.js';

const poster = (dayLine: string, extra = ''): string =>
  [
    'CSW72 SIDE EVENT',
    'Counting every drop: data on unpaid care work',
    dayLine,
    'Held during the seventy-second session of the Commission, this side event brings together statistical offices and donors.',
    'Key questions',
    '- Which time-use data are collected, and who uses them?',
    '- How can offices share data without new burdens?',
    extra,
  ].join('\n\n');

describe('announcedByLayout', () => {
  it('reads a day and its hours on a line of their own, over a list of questions', () => {
    expect(
      announcedByLayout(toNoteLayout(poster('Thursday 16 March 2028 | 8:00–9:15 a.m. EDT'))),
    ).toBe(true);
    expect(announcedByLayout(toNoteLayout(poster('Tuesday 16 March · 1:15–2:30 pm')))).toBe(true);
    expect(
      announcedByLayout(toNoteLayout(poster('Mardi 16 mars 2028, de 13 h 15 à 14 h 30'))),
    ).toBe(true);
  });

  it('reads a date field with its hours over a labelled title', () => {
    const sheet = [
      'Event sheet',
      'Title: Youth, land and local peace',
      'Date and time: 08/11/2027, 10:00–12:30',
    ];
    expect(announcedByLayout(toNoteLayout(sheet.join('\n\n')))).toBe(true);
  });

  it('wants the hours, and a line holding nothing but the day', () => {
    expect(announcedByLayout(toNoteLayout(poster('Thursday 16 March 2028')))).toBe(false);
    expect(
      announcedByLayout(toNoteLayout(poster('Registration closes on 12 March 2028 at 6 p.m.'))),
    ).toBe(false);
    expect(
      announcedByLayout(toNoteLayout(poster('Posted by the Mission on 16 March 2028 at 10:32'))),
    ).toBe(false);
  });

  it('wants a subject: questions or a labelled title', () => {
    const bare = ['Thursday 16 March 2028 | 8:00–9:15 a.m.', 'Conference Room 12'];
    expect(announcedByLayout(toNoteLayout(bare.join('\n\n')))).toBe(false);
  });

  it('leaves out a timetable of several days', () => {
    const days = [
      'Monday 13 March 2028, 10:00–13:00',
      'Tuesday 14 March 2028, 10:00–13:00',
      'Wednesday 15 March 2028, 10:00–13:00',
    ];
    expect(announcedByLayout(toNoteLayout(poster(days[0] ?? '', days.slice(1).join('\n\n'))))).toBe(
      false,
    );
  });
});

// Round t43k: an event sheet's title lines stacked over its day and hours name its subject.
describe('announcedByLayout on an event sheet’s head (round t43k)', () => {
  const prose =
    'By its resolution 61/4, the Commission decided to hold a yearly exchange on the measurement of care work, whose past themes are listed below.';

  it('reads the title lines over the day and its hours as the subject', () => {
    const sheet = [
      'Sixty-first session of the Statistical Commission',
      'Measuring unpaid care across households',
      'Conference Room 4, New York',
      '3 March 2031, 10:00-13:00',
      prose,
    ];
    expect(announcedByLayout(toNoteLayout(sheet.join('\n\n')))).toBe(true);
  });

  it('takes no subject from a sentence above the day line', () => {
    const page = [
      'The Commission met in New York to review progress on care statistics.',
      '3 March 2031, 10:00-13:00',
      prose,
    ];
    expect(announcedByLayout(toNoteLayout(page.join('\n\n')))).toBe(false);
  });
});
