import { describe, expect, it } from 'vitest';
import { subjectIsAnotherMeeting } from './anotherMeeting.js';

describe('subjectIsAnotherMeeting', () => {
  it('reads a sentence whose subject is a meeting of another kind than the format', () => {
    expect(
      subjectIsAnotherMeeting(
        'The general debate will also continue tomorrow from 18.00 to 21.00 hours.',
        'interactive dialogue',
      ),
    ).toBe(true);
    expect(
      subjectIsAnotherMeeting(
        'La serie de sesiones de alto nivel se celebrará mañana de las 15.00 a las 18.00 horas.',
        'interactive dialogue',
      ),
    ).toBe(true);
  });

  it('keeps a subject naming no kind, or the format’s own', () => {
    expect(subjectIsAnotherMeeting('The meeting will start at 3 p.m.', 'open debate')).toBe(false);
    expect(subjectIsAnotherMeeting('The debate will start at 3 p.m.', 'open debate')).toBe(false);
    expect(subjectIsAnotherMeeting('The general debate will start at 3 p.m.', null)).toBe(false);
  });
});
