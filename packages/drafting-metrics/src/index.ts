export {
  coverage,
  type Coverage,
  type PointCoverage,
  type UnknownPointTag,
} from './coverage/coverage.js';
export type { DiscussionPoint, StatementParagraph } from './statement/StatementInput.js';
export {
  statementMeasures,
  statementMetrics,
  type StatementMeasures,
  type StatementMetrics,
  type StatementMetricsOptions,
} from './statement/statementMetrics.js';
export { paragraphSuggestions, type ParagraphSuggestions } from './suggest/paragraphSuggestions.js';
export {
  MIN_SUGGESTION_SCORE,
  suggestPoints,
  type PointSuggestion,
  type SuggestOptions,
} from './suggest/suggestPoints.js';
export { formatDuration } from './timing/formatDuration.js';
export { overLimit, type LimitBalance, type LimitInput } from './timing/overLimit.js';
export { DEFAULT_WORDS_PER_MINUTE, speakingTime } from './timing/speakingTime.js';
export {
  timingSummary,
  type ParagraphTiming,
  type PointTiming,
  type Timed,
  type TimingOptions,
  type TimingSummary,
} from './timing/timingSummary.js';
export { countWords, wordTokens } from './words/countWords.js';
export {
  LANGUAGE_RATES,
  languageRate,
  type LanguageRate,
  type RateLanguage,
} from './timing/languageRates.js';
