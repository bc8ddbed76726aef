import { describe, expect, it } from 'vitest';
import { subjectIsAnotherMeeting } from './anotherMeeting.js';

describe('subjectIsAnotherMeeting', () => {
  it('reads a sentence whose subject is a meeting of another kind than the format', () => {
    expect(
      subjectIsAnotherMeeting(
        'The general debate will also continue tomorrow from 18.00 to 21.00 hours.',
        'interactive dialogue',
      ),
    ).toBe(true);
    expect(
      subjectIsAnotherMeeting(
        'La serie de sesiones de alto nivel se celebrará mañana de las 15.00 a las 18.00 horas.',
        'interactive dialogue',
      ),
    ).toBe(true);
  });

  it('keeps a subject naming no kind, or the format’s own', () => {
    expect(subjectIsAnotherMeeting('The meeting will start at 3 p.m.', 'open debate')).toBe(false);
    expect(subjectIsAnotherMeeting('The debate will start at 3 p.m.', 'open debate')).toBe(false);
    expect(subjectIsAnotherMeeting('The general debate will start at 3 p.m.', null)).toBe(false);
  });
});

// Session 26: a line labelled with another event's kind gives that event's day and hours.
describe('a line labelled with another kind', () => {
  it.each([
    ['Webinar: "Water and peace in the Sahel", 9 June, 11:00–12:30 New York time.', 'open debate'],
    ['Side event: Women in mediation, 12 March, 13:15–14:30.', 'open debate'],
    ['Atelier : les femmes et la médiation, 12 mars, de 13 h 15 à 14 h 30.', 'débat public'],
    ['Taller: agua y paz, 9 de junio, 11:00 a 12:30.', 'briefing'],
  ])('reads another meeting in: %s', (line, format) => {
    expect(subjectIsAnotherMeeting(line, format)).toBe(true);
  });

  it.each([
    ['Event: Open debate on water, 9 June, 11:00.', 'open debate'],
    ['Date: 9 June, 11:00–12:30.', 'open debate'],
    ['Meeting: 9 June, 11:00.', 'briefing'],
    ['Workshop: drafting resolutions, 9 June, 10:00.', 'workshop'],
    ['Webinar: water and peace, 9 June, 11:00.', null],
  ])('reads the meeting’s own line in: %s', (line, format) => {
    expect(subjectIsAnotherMeeting(line, format)).toBe(false);
  });
});
