import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { recordsMeeting } from '../meetingAhead.js';
import { looksAhead, recordsPast } from '../sentenceTense.js';
import { decidesAhead } from './decidedAhead.js';

// Session 25: a decision to hold a meeting looks ahead to it, whatever the deciding verb's tense.
describe('decidesAhead', () => {
  it.each([
    'At the meeting held this morning it was decided that the session of the Commission will convene on 9 March.',
    'Member States decided unanimously to hold the general debate virtually.',
    "L'Assemblée a décidé de tenir une réunion de haut niveau sur l'eau.",
    'Los Estados miembros acordaron celebrar el debate general de forma virtual.',
    'Совет решил провести открытые дебаты по водным ресурсам.',
    'قررت الدول الأعضاء ، بالإجماع ، عقد المناقشة العامة افتراضيا.',
    '大会决定于九月举行高级别会议。',
  ])('reads a decision ahead: %s', (sentence) => {
    expect(decidesAhead(sentence)).toBe(true);
    expect(recordsPast(sentence)).toBe(false);
    expect(looksAhead(sentence)).toBe(true);
  });

  it.each([
    'The Council held its open debate on water on 4 May.',
    'The Council decided on the agenda of the meeting, which was held on 4 May.',
    'Le Conseil a décidé que la réunion était close.',
  ])('reads no decision ahead in: %s', (sentence) => {
    expect(decidesAhead(sentence)).toBe(false);
  });

  it('makes a letter on a decision taken at a meeting held no record of that meeting', () => {
    const note = fromBlocks([
      'I write in follow up to the informal meeting held this morning, where it was decided that the session will convene on 9 March.',
    ]);
    expect(recordsMeeting(note)).toBe(false);
  });
});
