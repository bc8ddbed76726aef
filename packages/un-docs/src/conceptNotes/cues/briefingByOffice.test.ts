import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { briefingByOffice } from './briefingByOffice.js';

function convener(text: string): string | null {
  return briefingByOffice(toNoteLayout(`Dear colleagues,\n\n${text}`))[0]?.value ?? null;
}

// Round t43c: a briefing announced with no holder but the office holder who gives it.
describe('an office of a body giving a briefing announced by "there will be"', () => {
  it.each([
    [
      'There will be an informal briefing by the Chair of the Peacebuilding Commission, H.E. Ms. Ana Diaz, on the annual session on Monday, 4 May, at 10 a.m.',
      'the Chair of the Peacebuilding Commission',
    ],
    [
      'There will be a briefing by the President of the General Assembly on the revitalization process on 12 March in Conference Room 4.',
      'the President of the General Assembly',
    ],
    [
      'Habrá una sesión informativa a cargo de la Presidenta del Consejo Económico y Social el jueves 9 de junio.',
      'la Presidenta del Consejo Económico y Social',
    ],
  ])('%s', (sentence, office) => {
    expect(convener(sentence)).toBe(office);
  });

  it.each([
    // An envoy presents at the Council's meeting.
    'There will be a briefing by the Special Envoy of the Secretary-General on Yemen on Tuesday.',
    // The Council holds the briefing; no "there will be".
    'The Council will hold a briefing by the President of the Human Rights Council on 3 June.',
  ])('reads no convener from %s', (sentence) => {
    expect(convener(sentence)).toBeNull();
  });
});
