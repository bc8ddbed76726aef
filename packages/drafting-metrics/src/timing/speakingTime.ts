// Delivery time from a word count. UN speakers are asked to keep to about 120 words a
// minute (600 words for a five-minute slot), which interpreters can follow.

export const DEFAULT_WORDS_PER_MINUTE = 120;

/** Throws a RangeError unless `wordsPerMinute` is a positive finite number. */
export function assertWordsPerMinute(wordsPerMinute: number): void {
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    throw new RangeError(`wordsPerMinute must be a positive number, got ${wordsPerMinute}`);
  }
}

/** Exact (fractional) seconds needed to read `words` aloud. */
export function exactSeconds(words: number, wordsPerMinute: number): number {
  assertWordsPerMinute(wordsPerMinute);
  if (!Number.isFinite(words) || words < 0) {
    throw new RangeError(`words must be a non-negative number, got ${words}`);
  }
  return (words * 60) / wordsPerMinute;
}

/** Seconds, rounded to the nearest whole second, needed to read `words` aloud. */
export function speakingTime(words: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
  return Math.round(exactSeconds(words, wordsPerMinute));
}
