// Suggested points for the paragraphs of a statement that address no known point yet. Apart
// from coverage and timing, so the web editor loads it only once a person reaches a paragraph.
import { countParagraphs, type CountedParagraph } from '../statement/countParagraphs.js';
import { pointKey } from '../statement/pointKey.js';
import type { DiscussionPoint, StatementParagraph } from '../statement/StatementInput.js';
import { indexPoints } from './PointIndex.js';
import { suggestFromIndex, type PointSuggestion } from './suggestPoints.js';

/** Likely points for a paragraph that addresses no known point yet. */
export interface ParagraphSuggestions {
  readonly paragraphId: string;
  /** Best first; never empty (paragraphs without a meaningful match are left out). */
  readonly suggestions: PointSuggestion[];
}

function needsSuggestion(paragraph: CountedParagraph, known: ReadonlySet<string>): boolean {
  return paragraph.words > 0 && !paragraph.points.some((tag) => known.has(pointKey(tag)));
}

/** The same as {@link paragraphSuggestions}, for paragraphs whose words are counted. */
export function suggestionsForCounted(
  paragraphs: readonly CountedParagraph[],
  discussionPoints: readonly DiscussionPoint[],
  limit: number,
): ParagraphSuggestions[] {
  if (discussionPoints.length === 0) return [];
  const index = indexPoints(discussionPoints);
  const known = new Set(discussionPoints.map((point) => pointKey(point.label)));
  return paragraphs
    .filter((paragraph) => needsSuggestion(paragraph, known))
    .map((paragraph) => ({
      paragraphId: paragraph.id,
      suggestions: suggestFromIndex(index, paragraph.text, { limit }),
    }))
    .filter((entry) => entry.suggestions.length > 0);
}

/**
 * Suggestions for the paragraphs with text whose tags name no point of the note (untagged,
 * or unknown tags only), at most `limit` (default 3) each.
 */
export function paragraphSuggestions(
  paragraphs: readonly StatementParagraph[],
  discussionPoints: readonly DiscussionPoint[],
  limit = 3,
): ParagraphSuggestions[] {
  return suggestionsForCounted(countParagraphs(paragraphs), discussionPoints, limit);
}
