import { describe, expect, it } from 'vitest';
import { sampleParagraph } from '../fixtures/samples.js';
import { countWords } from '../words/countWords.js';
import { formatDuration } from './formatDuration.js';
import { overLimit } from './overLimit.js';
import { speakingTime } from './speakingTime.js';

describe('speakingTime', () => {
  it('reads 120 words a minute by default', () => {
    expect(speakingTime(600)).toBe(300);
    expect(speakingTime(0)).toBe(0);
    expect(speakingTime(130, 130)).toBe(60);
  });

  it('times real paragraphs of the samples', () => {
    // 48 and 79 words (see countWords.test.ts): 24 s, and 39.5 s rounded to 40 s.
    expect(speakingTime(countWords(sampleParagraph('conceptNote', 2)))).toBe(24);
    expect(speakingTime(countWords(sampleParagraph('regionalPartnershipReport', 9)))).toBe(40);
    expect(speakingTime(countWords(sampleParagraph('conceptNote', 1)), 100)).toBe(94);
  });

  it('refuses rates and counts that make no sense', () => {
    expect(() => speakingTime(100, 0)).toThrow(RangeError);
    expect(() => speakingTime(100, -5)).toThrow(RangeError);
    expect(() => speakingTime(100, Number.NaN)).toThrow(RangeError);
    expect(() => speakingTime(-1)).toThrow(RangeError);
  });
});

describe('formatDuration', () => {
  it.each([
    [270, '4 min 30 s'],
    [45, '45 s'],
    [300, '5 min'],
    [0, '0 s'],
    [44.6, '45 s'],
    [3725, '1 h 2 min 5 s'],
    [3605, '1 h 5 s'],
    [-45, '-45 s'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('refuses non-finite durations', () => {
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('overLimit', () => {
  it('says how far over the limit a text is', () => {
    expect(overLimit({ words: 645, wordsPerMinute: 120, limitMinutes: 5 })).toEqual({
      limitMinutes: 5,
      limitWords: 600,
      limitSeconds: 300,
      overWords: 45,
      overSeconds: 23,
      isOver: true,
    });
  });

  it('gives negative amounts under the limit and zero at it', () => {
    const under = overLimit({ words: 540, wordsPerMinute: 120, limitMinutes: 5 });
    expect([under.overWords, under.overSeconds, under.isOver]).toEqual([-60, -30, false]);
    const at = overLimit({ words: 600, wordsPerMinute: 120, limitMinutes: 5 });
    expect([at.overWords, at.overSeconds, at.isOver]).toEqual([0, 0, false]);
  });

  it('never says "over by 0 s" and keeps words and seconds consistent', () => {
    const justOver = overLimit({ words: 601, wordsPerMinute: 120, limitMinutes: 5 });
    expect([justOver.overWords, justOver.overSeconds, justOver.isOver]).toEqual([1, 1, true]);
    const fractional = overLimit({ words: 563, wordsPerMinute: 125, limitMinutes: 4.5 });
    expect([fractional.limitWords, fractional.overWords, fractional.isOver]).toEqual([
      562,
      1,
      true,
    ]);
    expect(overLimit({ words: 492, wordsPerMinute: 120, limitMinutes: 4.1 }).isOver).toBe(false);
  });

  it('refuses a limit that makes no sense', () => {
    expect(() => overLimit({ words: 1, wordsPerMinute: 120, limitMinutes: 0 })).toThrow(RangeError);
  });
});
