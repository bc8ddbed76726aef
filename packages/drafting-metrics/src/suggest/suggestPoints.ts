// Which discussion points a paragraph most likely addresses, for one-click tagging.
import type { DiscussionPoint } from '../statement/StatementInput.js';
import { indexPoints, scorePoints, type PointIndex, type ScoredPoint } from './PointIndex.js';

export type PointSuggestion = ScoredPoint;

export interface SuggestOptions {
  /** At most this many suggestions; default 3. */
  readonly limit?: number;
  /** Suggestions scoring below this are dropped; default {@link MIN_SUGGESTION_SCORE}. */
  readonly minScore?: number;
}

/** Below this BM25 score a match rests on one or two common words, not on the topic. */
export const MIN_SUGGESTION_SCORE = 1.3;

/** Suggestions from an already built index (see {@link suggestPoints}). */
export function suggestFromIndex(
  index: PointIndex,
  paragraphText: string,
  { limit = 3, minScore = MIN_SUGGESTION_SCORE }: SuggestOptions = {},
): PointSuggestion[] {
  return scorePoints(index, paragraphText)
    .filter((point) => point.score >= minScore && point.score > 0)
    .slice(0, Math.max(0, limit));
}

/**
 * Points ranked by BM25 similarity between the paragraph and each point's text, best first;
 * empty when nothing matches meaningfully.
 */
export function suggestPoints(
  paragraphText: string,
  discussionPoints: readonly DiscussionPoint[],
  options: SuggestOptions = {},
): PointSuggestion[] {
  return suggestFromIndex(indexPoints(discussionPoints), paragraphText, options);
}
