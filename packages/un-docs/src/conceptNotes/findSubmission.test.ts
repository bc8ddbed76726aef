import { describe, expect, it } from 'vitest';
import { findSubmission } from './findSubmission.js';
import { toNoteLayout } from './layout/NoteLayout.js';

function deadline(text: string): string | null {
  return findSubmission(toNoteLayout(text), '2027-06-14').deadline;
}

describe('findSubmission: the meeting day as a deadline', () => {
  it('is the deadline of a written statement sent before the meeting', () => {
    expect(
      deadline(
        'Delegations may send a written statement to pd@mission.example.org before the meeting.',
      ),
    ).toBe('2027-06-14');
  });

  it('is none for a recorded video sent before it (round t42d)', () => {
    for (const text of [
      'Speakers joining online will be asked to submit a pre-recorded video of up to three minutes prior to the meeting.',
      'Delegations speaking remotely should send their video statements before the meeting.',
      'Les délégations qui interviennent à distance enverront une vidéo préenregistrée avant la réunion.',
    ])
      expect(deadline(text)).toBeNull();
  });
});
