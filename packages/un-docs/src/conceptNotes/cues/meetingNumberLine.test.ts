import { describe, expect, it } from 'vitest';
import { isMeetingNumberLine } from './meetingNumberLine.js';

describe('isMeetingNumberLine (round t42b)', () => {
  it.each([
    '12th Meeting (PM)',
    '101st plenary meeting – afternoon',
    '42e séance plénière - après-midi',
    '7e séance',
    'Sesión plenaria 15ª – mañana',
    '4th Meeting (AM & PM)',
    '1ère séance - matin',
  ])('is a press release’s meeting number: %s', (line) => {
    expect(isMeetingNumberLine(line)).toBe(true);
  });

  it.each([
    '20th anniversary meeting on women, peace and security',
    'Meeting of the 2nd Committee on financing for development',
    'Third meeting of States parties to the Treaty',
  ])('is a meeting named with its subject: %s', (line) => {
    expect(isMeetingNumberLine(line)).toBe(false);
  });
});
