import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { lowerHalfOfHeadline } from './splitHeadline.js';

const LOWER = 'Thematic Debate on World Economy and Finance in 2012, 17-18 May';

describe('lowerHalfOfHeadline', () => {
  it('reads a headline set over two lines, the upper one announcing', () => {
    const note = toNoteLayout(
      `11 May 2012\n\nSecretary-General, General Assembly President Announce Convening of High-Level\n\n${LOWER}\n\nThe President of the General Assembly will convene a High-Level Thematic Debate on the State of the World Economy and Finance in 2012.`,
    );
    expect(lowerHalfOfHeadline(note, LOWER)).toBe(true);
  });

  it('does not join a title line to a line above that names its own meeting', () => {
    const note = toNoteLayout(
      `11 May 2012\n\nGeneral Assembly to hold plenary meeting\n\n${LOWER}\n\nThe President of the General Assembly will convene a High-Level Thematic Debate.`,
    );
    expect(lowerHalfOfHeadline(note, LOWER)).toBe(false);
  });
});
