import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { recordsMeeting } from '../meetingAhead.js';
import { leansToNote } from './leaningToNote.js';
import { recordFormula } from './recordFormula.js';

// Session 27: a record's procedural formulas, in six languages.
describe('recordFormula', () => {
  it.each([
    'The meeting was called to order at 10.05 a.m.',
    'The meeting rose at 1 p.m.',
    'The agenda was adopted.',
    'The Economic and Social Council will now begin its consideration of the item on its agenda.',
    'La séance est ouverte à 10 h 5.',
    'Se levanta la sesión a las 13.00 horas.',
    'Заседание открывается в 10 ч. 05 м.',
    'افتتحت الجلسة الساعة 10:05.',
    '上午10时05分开会。',
  ])('reads a record in "%s"', (sentence) => {
    expect(recordFormula(sentence)).toBe(true);
  });

  it.each([
    'The meeting will be called to order at 10 a.m. sharp.',
    'The provisional agenda will be adopted at the opening meeting.',
    'La séance sera ouverte à 10 heures.',
  ])('reads no record in "%s"', (sentence) => {
    expect(recordFormula(sentence)).toBe(false);
  });

  it('refuses a record whose speakers look ahead', () => {
    const note = fromBlocks([
      'The meeting was called to order at 3.10 p.m.',
      'Mr. Silva (Brazil): My delegation will take part in the open debate on water on 12 May 2027.',
    ]);
    expect(recordsMeeting(note)).toBe(true);
    expect(leansToNote(note)).toBe(false);
  });

  it('keeps a note announcing when its meeting will open', () => {
    const note = fromBlocks([
      'The Council will hold an open debate on water on 12 May 2027.',
      'The meeting will be called to order at 10 a.m.',
    ]);
    expect(recordsMeeting(note)).toBe(false);
  });
});
