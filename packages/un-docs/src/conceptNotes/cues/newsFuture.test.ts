import { describe, expect, it } from 'vitest';
import { fromBlocks } from '../NoteText.js';
import { looksAhead, looksForward } from '../sentenceTense.js';
import { leansToNote } from './leaningToNote.js';
import { newsFuture } from './newsFuture.js';

// Session 25: news prose says a meeting is ahead in its own words.
describe('newsFuture', () => {
  it.each([
    'UN Security Council to hold emergency meeting on water',
    'The Security Council is set to hold an open debate on water on Tuesday.',
    'The General Assembly is to meet on Thursday to discuss water.',
    'Ministers are slated to convene a high-level meeting next week.',
  ])('reads "%s" as ahead', (sentence) => {
    expect(newsFuture(sentence)).toBe(true);
    expect(looksAhead(sentence)).toBe(true);
  });

  it.each([
    'The Council met on Monday to discuss water.',
    'The UN Security Council meets on Monday to discuss water',
    'Speakers urged the Council to hold a meeting on water.',
  ])('reads no news future in "%s"', (sentence) => {
    expect(newsFuture(sentence)).toBe(false);
  });

  it('leaves the field finders their reading of the future', () => {
    expect(looksForward('UN Security Council to hold emergency meeting on water')).toBe(false);
  });
});

describe('leansToNote in Russian (session 25)', () => {
  it('takes a meeting named with its subject after `по`', () => {
    const note = fromBlocks([
      'Совет Безопасности ООН проведет в понедельник заседание по Украине.',
    ]);
    expect(leansToNote(note)).toBe(true);
  });

  it('refuses the meeting held', () => {
    const note = fromBlocks(['Совет Безопасности ООН в понедельник провел заседание по Украине.']);
    expect(leansToNote(note)).toBe(false);
  });
});
