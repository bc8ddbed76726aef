import { describe, expect, it } from 'vitest';
import { subjectOf, titleSubjectWithYear } from './subjectOf.js';

// Rounds 20 and 22 read a title's closing year two ways: the theme drops it, and
// `themeInFull.ts` takes it as the sign of a brand name that shortens the meeting's.
describe('a title ending on a year', () => {
  const title =
    "Apply to speak at the President of the UN General Assembly's High Level Meeting on Ocean Action 2027";

  it('gives its theme without the year', () => {
    expect(subjectOf(title, true)).toBe('Ocean Action');
    expect(subjectOf('Open Debate On Children And Armed Conflict 2017', true)).toBe(
      'Children And Armed Conflict',
    );
  });

  it('keeps the year for the cue that reads it as a shortened name', () => {
    expect(titleSubjectWithYear(title)).toBe('Ocean Action 2027');
  });

  it('keeps a year that a preposition or "Agenda" governs', () => {
    expect(subjectOf('High-level meeting on the road to 2030', true)).toBe('the road to 2030');
    expect(subjectOf('Thematic debate on the Agenda 2030', true)).toBe('the Agenda 2030');
  });
});

describe('a subject in a sentence', () => {
  it('ends before a weekday of the text’s own week (round 31c)', () => {
    expect(
      subjectOf(
        'The Security Council holds an open debate on the situation in Haiti this Thursday.',
        false,
      ),
    ).toBe('the situation in Haiti');
    expect(
      subjectOf(
        'El Consejo celebra un debate abierto sobre la situación en Haití este jueves.',
        false,
      ),
    ).toBe('la situación en Haití');
  });
});
