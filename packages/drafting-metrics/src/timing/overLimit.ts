// How far a text is from the debate's speaking limit, in words and in seconds.
import { assertWordsPerMinute, exactSeconds } from './speakingTime.js';

export interface LimitInput {
  readonly words: number;
  readonly wordsPerMinute: number;
  readonly limitMinutes: number;
}

/** Distance from the limit: positive `over…` values are over it, negative ones under it. */
export interface LimitBalance {
  readonly limitMinutes: number;
  /** The most words that fit in the limit at this rate. */
  readonly limitWords: number;
  readonly limitSeconds: number;
  readonly overWords: number;
  /** Whole seconds; rounded up when over, so "over by 0 s" never happens. */
  readonly overSeconds: number;
  readonly isOver: boolean;
}

export function overLimit({ words, wordsPerMinute, limitMinutes }: LimitInput): LimitBalance {
  assertWordsPerMinute(wordsPerMinute);
  if (!Number.isFinite(limitMinutes) || limitMinutes <= 0) {
    throw new RangeError(`limitMinutes must be a positive number, got ${limitMinutes}`);
  }
  // The epsilon keeps 4.1 × 120 (491.99999…) from losing a word to floating point.
  const limitWords = Math.floor(limitMinutes * wordsPerMinute + 1e-9);
  const limitSeconds = limitMinutes * 60;
  const overWords = words - limitWords;
  const isOver = overWords > 0;
  const exactOver = exactSeconds(words, wordsPerMinute) - limitSeconds;
  return {
    limitMinutes,
    limitWords,
    limitSeconds,
    overWords,
    overSeconds: isOver ? Math.max(1, Math.ceil(exactOver - 1e-9)) : Math.round(exactOver) || 0,
    isOver,
  };
}
