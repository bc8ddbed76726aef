import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { findFormat } from '../findFormat.js';
import { countedPlural } from './seriesHeading.js';

describe('countedPlural', () => {
  it.each([
    ['The Council will hold two ', true],
    ['The Commission will convene two high-level ', true],
    ['The Office organizes a series of ', true],
    ['Le Conseil tiendra deux ', true],
    ['Order of the day* ', false],
    ['Geneva, 29 February - 24 March 2016\n', false],
    ['New York, 8-19 March 2027\n\nProgramme of ', false],
  ])('%j → %s', (before, counted) => {
    expect(countedPlural(before)).toBe(counted);
  });
});

describe('a series heading in the plural gives way to the meeting named after it', () => {
  it.each([
    [
      'Human Rights Council Thirty-first session Order of the day Plenary meetings – Room XX Friday, 17 March 2016 48th meeting Panel discussion on the incompatibility between democracy and racism',
      'panel discussion',
    ],
    [
      'Programme of meetings\n\nPlenary meetings – Conference Room 4\nThursday, 11 March 2027\n\nInteractive dialogue on digital finance',
      'interactive dialogue',
    ],
    // Counted, the plural is the format.
    [
      'The Council will hold two panel discussions on 3 March 2027. A briefing by the Secretariat will open them.',
      'panel discussion',
    ],
  ])('%s → %s', (text, format) => {
    expect(findFormat(toNoteLayout(text))?.value).toBe(format);
  });
});
