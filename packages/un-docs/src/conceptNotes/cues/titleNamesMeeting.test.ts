import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parseDocument.js';
import { titleNamesMeeting } from './titleNamesMeeting.js';

// Session 26: a note by an office under a title that is the meeting itself is that meeting's note.
describe('titleNamesMeeting', () => {
  it.each([
    'High-level meeting of the General Assembly on global drowning prevention',
    'Informal interactive dialogue on the responsibility to protect',
    'Annual full-day meeting on the rights of the child',
    'High-level thematic debate: financing for development',
    'Réunion de haut niveau sur la sécurité routière',
    'Reunión de alto nivel sobre la resistencia a los antimicrobianos',
    'Open debate on the protection of civilians',
  ])('reads a title naming its meeting: %s', (title) => {
    expect(titleNamesMeeting(title)).toBe(true);
  });

  it.each([
    'Follow-up to the high-level meeting on AIDS',
    'Report of the high-level meeting on migration',
    'Implementation of the outcome of the World Summit',
    'Global road safety and drowning prevention',
    'Meetings of the General Assembly in 2027',
    'Meeting',
  ])('reads no meeting title in: %s', (title) => {
    expect(titleNamesMeeting(title)).toBe(false);
  });

  const note = (tense: [string, string, string]) =>
    [
      'Informal interactive dialogue on the responsibility to protect',
      '',
      'Note by the President of the General Assembly',
      '',
      `1. The President of the General Assembly ${tense[0]} an informal interactive dialogue on the responsibility to protect on Thursday, 16 September 2027.`,
      '',
      `2. The dialogue ${tense[1]} Member States an opportunity to consider prevention.`,
      '',
      `3. Interventions from the floor ${tense[2]} limited to four minutes.`,
    ].join('\n');

  it('reads the note of a meeting ahead as a note, not a report', () => {
    expect(parseDocument(note(['will convene', 'will give', 'will be'])).kind).toBe('concept-note');
  });

  it('keeps the note on a meeting held a report', () => {
    expect(parseDocument(note(['convened', 'gave', 'were'])).kind).toBe('report');
  });
});
