import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { recordsMeeting } from '../meetingAhead.js';
import { metHeld } from './metHeld.js';

// Session 25: a body that met has held its meeting.
describe('metHeld', () => {
  it.each([
    'The Committee met this afternoon to discuss the meeting on water.',
    "Le Conseil s'est réuni vendredi pour la séance sur l'eau.",
    'El Consejo se reunió el viernes en una sesión sobre el agua.',
    'Совет собрался на заседание по водным ресурсам.',
    'اجتمع مجلس الأمن في جلسة بشأن المياه.',
  ])('reads "%s" as a meeting held', (sentence) => {
    expect(metHeld(sentence)).toBe(true);
  });

  it('reads no meeting held in a meeting ahead', () => {
    expect(metHeld('The Committee will meet on Monday.')).toBe(false);
  });

  it('makes a release of the meeting a body met at a record', () => {
    const note = fromBlocks(['The Committee met this afternoon to discuss the meeting on water.']);
    expect(recordsMeeting(note)).toBe(true);
  });
});
