import { describe, expect, it } from 'vitest';
import { findMeeting } from './findMeeting.js';
import { toNoteLayout } from './layout/NoteLayout.js';

function meetingDate(text: string): string | null {
  return findMeeting(toNoteLayout(text)).date;
}

describe('findMeeting', () => {
  it.each([
    [
      '# Thematic debate on X\n\n- **date:** 4 May 2015\n- **venue:** UN Headquarters',
      '2015-05-04',
    ],
    [
      '# Thematic debate on X\n\n**4 May 2015** | New York City, US\n\nThe President will convene this debate.',
      '2015-05-04',
    ],
  ])('dates %s', (text, expected) => {
    expect(meetingDate(text)).toBe(expected);
  });
});
