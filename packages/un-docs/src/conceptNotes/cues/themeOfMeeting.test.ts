import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { leansToNote } from './leaningToNote.js';
import { themeOfMeetingBefore } from './themeOfMeeting.js';

// Session 25: a sentence giving the theme of a meeting names it with its subject.
describe('themeOfMeetingBefore', () => {
  it.each([
    'Bozkir said the theme of ',
    'Bozkir said the theme of this year’s ',
    'El tema del ',
    'Le thème de la prochaine ',
  ])('reads "%s" before the meeting as its theme', (before) => {
    expect(themeOfMeetingBefore(before)).toBe(true);
  });

  it('reads no theme in other words', () => {
    expect(themeOfMeetingBefore('The theme was chosen before the ')).toBe(false);
  });
});

describe('leansToNote, a theme given for the meeting', () => {
  it('takes a news item giving the theme of the debate ahead', () => {
    const note = fromBlocks([
      'The President said the theme of this year’s General Debate will be “Water for all”.',
    ]);
    expect(leansToNote(note)).toBe(true);
  });

  it('takes a Spanish item giving the theme of the debate', () => {
    const note = fromBlocks(['El tema del debate político de este año es "Agua para todos".']);
    expect(leansToNote(note)).toBe(true);
  });
});
