// Everything the coverage map and the speaking-time meter show for one statement, computed
// in one pass: each paragraph's words are counted once and the points indexed once.
import { coverageOfCounted, type Coverage } from '../coverage/coverage.js';
import {
  suggestionsForCounted,
  type ParagraphSuggestions,
} from '../suggest/paragraphSuggestions.js';
import {
  timingOfCounted,
  type TimingOptions,
  type TimingSummary,
} from '../timing/timingSummary.js';
import { countParagraphs, type CountedParagraph } from './countParagraphs.js';
import type { DiscussionPoint, StatementParagraph } from './StatementInput.js';

export type { ParagraphSuggestions } from '../suggest/paragraphSuggestions.js';

export interface StatementMetricsOptions extends TimingOptions {
  /** Suggestions per paragraph; default 3. */
  readonly suggestionLimit?: number;
}

/** What the coverage map and the speaking-time meter show, without suggestions. */
export interface StatementMeasures {
  readonly coverage: Coverage;
  readonly timing: TimingSummary;
}

export interface StatementMetrics extends StatementMeasures {
  readonly suggestions: ParagraphSuggestions[];
}

function measuresOfCounted(
  counted: readonly CountedParagraph[],
  discussionPoints: readonly DiscussionPoint[],
  timingOptions: TimingOptions,
): StatementMeasures {
  return {
    coverage: coverageOfCounted(counted, discussionPoints),
    timing: timingOfCounted(counted, timingOptions),
  };
}

/**
 * Coverage and timing of a statement, without the point suggestions (see
 * `paragraphSuggestions`), whose word index the web editor loads only when needed.
 */
export function statementMeasures(
  paragraphs: readonly StatementParagraph[],
  discussionPoints: readonly DiscussionPoint[],
  timingOptions: TimingOptions = {},
): StatementMeasures {
  return measuresOfCounted(countParagraphs(paragraphs), discussionPoints, timingOptions);
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
    ...measuresOfCounted(counted, discussionPoints, timingOptions),
    suggestions: suggestionsForCounted(counted, discussionPoints, suggestionLimit),
  };
}
