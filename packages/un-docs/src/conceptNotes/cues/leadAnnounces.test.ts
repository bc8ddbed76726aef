import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { leadAnnouncesMeeting } from './leadAnnounces.js';
import { leansToNote } from './leaningToNote.js';

// Session 25: the first sentence naming a meeting in a tense decides whether a news item looks
// ahead; quotations of its sources further down do not make it a record of speakers.
describe('leadAnnouncesMeeting', () => {
  it('reads a headline announcing the meeting, past a heading with no verb', () => {
    const note = fromBlocks([
      '2027 Organizational Session',
      'Council Will Convene Meeting On Water On Thursday',
      'The decision came after a request, the President said on Monday.',
    ]);
    expect(leadAnnouncesMeeting(note)).toBe(true);
  });

  it('reads a lead recording the meeting held', () => {
    const note = fromBlocks([
      'The Council on Friday held a panel on water.',
      'The panel will perhaps be remembered, the President said.',
    ]);
    expect(leadAnnouncesMeeting(note)).toBe(false);
  });
});

describe('leansToNote, a news item quoting its sources', () => {
  it('takes one whose lead announces the meeting', () => {
    const note = fromBlocks([
      'The Assembly will hold a meeting on water scarcity on Thursday, its President said on Monday.',
      '“I received a letter from two States,” the President said.',
    ]);
    expect(leansToNote(note)).toBe(true);
  });

  it('refuses one whose lead records the meeting held', () => {
    const note = fromBlocks([
      'The Assembly on Monday held an open discussion on water scarcity.',
      '“We will meet again on water,” the President said.',
    ]);
    expect(leansToNote(note)).toBe(false);
  });
});
