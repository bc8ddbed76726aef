import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { findMeeting } from '../findMeeting.js';
import { leansToNote } from './leaningToNote.js';
import { meetingAfterItsDay } from './meetingAfterItsDay.js';

// Session 26: "the meeting" looked ahead to in the sentence after the one giving its day.
describe('meetingAfterItsDay', () => {
  it.each([
    [
      'This note addresses administrative issues related to the UN Peacekeeping Ministerial on 29 March 2019.',
      'The meeting will be opened by the Secretary-General and will be held in the General Assembly Hall.',
    ],
    [
      'La presente nota trata de las cuestiones administrativas de la Ministerial de Mantenimiento de la Paz, que tendrá lugar el 12 de mayo de 2027.',
      'La reunión será inaugurada por la Vicesecretaria General.',
    ],
    [
      "Cette note porte sur l'organisation de la Ministérielle sur le maintien de la paix du 4 mai 2027.",
      'La réunion se tiendra dans la salle de l’Assemblée générale.',
    ],
  ])('reads the meeting after its day: %s / %s', (before, sentence) => {
    expect(meetingAfterItsDay(before, sentence)).toBe(true);
  });

  it.each([
    ['3 de febrero de 2027', 'La reunión se celebrará en la Sala del Consejo.'],
    ['par Julien Marchand | 20 avril 2027', 'La réunion se tiendra en juin.'],
    [
      'Delegations are kindly requested to register online by 1 March 2019.',
      'The meeting will be held in the General Assembly Hall.',
    ],
    [
      'The Ministerial was held on 29 March 2019.',
      'The meeting will be followed up at the next session.',
    ],
    [
      'The Ministerial took place on 29 March 2019.',
      'The meeting was opened by the Secretary-General.',
    ],
    [
      'The UN Peacekeeping Ministerial is on 29 March 2019.',
      'Such meetings will be held every two years.',
    ],
  ])('reads no meeting after its day: %s / %s', (before, sentence) => {
    expect(meetingAfterItsDay(before, sentence)).toBe(false);
  });

  it('leans to a note and dates the meeting by the day before', () => {
    const note = fromBlocks([
      'Logistics Note Introduction 1. This note addresses administrative issues related to the UN Peacekeeping Ministerial on 29 March 2019. The meeting will be opened by the Secretary-General and will be held in the General Assembly Hall at United Nations Headquarters in New York. 2. Delegations are kindly requested to register online by 1 March 2019.',
    ]);
    expect(leansToNote(note)).toBe(true);
    expect(findMeeting(note).date).toBe('2019-03-29');
  });
});
