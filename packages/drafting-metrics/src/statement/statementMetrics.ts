// Everything the coverage map and the speaking-time meter show for one statement, computed
// in one pass: each paragraph's words are counted once and the points indexed once.
import { coverageOfCounted, type Coverage } from '../coverage/coverage.js';
import { indexPoints } from '../suggest/PointIndex.js';
import { suggestFromIndex, type PointSuggestion } from '../suggest/suggestPoints.js';
import {
  timingOfCounted,
  type TimingOptions,
  type TimingSummary,
} from '../timing/timingSummary.js';
import { countParagraphs, type CountedParagraph } from './countParagraphs.js';
import { pointKey } from './pointKey.js';
import type { DiscussionPoint, StatementParagraph } from './StatementInput.js';

export interface StatementMetricsOptions extends TimingOptions {
  /** Suggestions per paragraph; default 3. */
  readonly suggestionLimit?: number;
}

/** Likely points for a paragraph that addresses no known point yet. */
export interface ParagraphSuggestions {
  readonly paragraphId: string;
  /** Best first; never empty (paragraphs without a meaningful match are left out). */
  readonly suggestions: PointSuggestion[];
}

export interface StatementMetrics {
  readonly coverage: Coverage;
  readonly timing: TimingSummary;
  readonly suggestions: ParagraphSuggestions[];
}

function needsSuggestion(paragraph: CountedParagraph, known: ReadonlySet<string>): boolean {
  return paragraph.words > 0 && !paragraph.points.some((tag) => known.has(pointKey(tag)));
}

function suggestionsFor(
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
 * Coverage, timing and point suggestions of a statement. Suggestions are given for
 * paragraphs with text whose tags name no point of the note (untagged, or unknown tags only).
 */
export function statementMetrics(
  paragraphs: readonly StatementParagraph[],
  discussionPoints: readonly DiscussionPoint[],
  { suggestionLimit = 3, ...timingOptions }: StatementMetricsOptions = {},
): StatementMetrics {
  const counted = countParagraphs(paragraphs);
  return {
    coverage: coverageOfCounted(counted, discussionPoints),
    timing: timingOfCounted(counted, timingOptions),
    suggestions: suggestionsFor(counted, discussionPoints, suggestionLimit),
  };
}
