export { STATEMENT_FRAGMENT, statementExtensions } from './statementExtensions.js';
export { statementSchema } from './statementSchema.js';
export { statementDocFromParagraphs, statementNode, statementText } from './statementText.js';
export {
  anchorFromRange,
  resolveAnchor,
  type EncodedAnchor,
  type ProsemirrorMapping,
  type ResolvedAnchor,
} from './commentAnchors.js';
export { restoreStatement } from './restoreStatement.js';
export { DiscussionPointTags, pointsOf, POINTS_ATTRIBUTE } from './DiscussionPointTags.js';
export { WrittenOnly, WRITTEN_ATTRIBUTE, isWrittenOnly } from './WrittenOnly.js';
export {
  deliveredJSON,
  deliveryOf,
  salutationIndex,
  type Delivery,
  type DeliveryBlock,
} from './delivery.js';
export { statementParagraphs, type TaggedParagraph } from './statementParagraphs.js';
export {
  statementTemplateDoc,
  statementTemplateJSON,
  unDate,
  type TemplateInput,
} from './statementTemplate.js';
export { flattenDeepNesting, statementDepth, withinDepth } from './flattenDeepNesting.js';
export { STATEMENT_LIMITS } from './statementLimits.js';
export {
  DEFAULT_LANGUAGE,
  isRightToLeft,
  isStatementLanguage,
  languageFacts,
  STATEMENT_LANGUAGES,
  type StatementLanguage,
} from './languages/StatementLanguage.js';
export { formatUnDate } from './languages/unDate.js';
export { LANGUAGE_TEMPLATES, languageTemplate } from './languages/languageTemplates.js';
export type { LanguageTemplate } from './languages/LanguageTemplate.js';
export { PARAGRAPH_ID, ParagraphIds } from './ParagraphIds.js';
export {
  amendParagraphs,
  identifyParagraph,
  locateParagraph,
  outcomeParagraphs,
  paragraphsOf,
  type OutcomeParagraph,
  type ParagraphAmendment,
} from './outcomeParagraphs.js';
export { suggestedAmendment, type SuggestedAmendment } from './suggestedAmendment.js';
export {
  SUGGESTION_DELETE,
  SUGGESTION_INSERT,
  SuggestionDelete,
  SuggestionInsert,
  suggestionAttributes,
  type SuggestionAttributes,
  type SuggestionKind,
} from './suggestions/SuggestionMarks.js';
export {
  settledDoc,
  settleSuggestions,
  suggestionsIn,
  type Suggestion,
  type SuggestionDecision,
  type SuggestionRange,
} from './suggestions/suggestionList.js';
export { settleStatement } from './suggestions/settleStatement.js';
export { blockText, type SuggestionReading } from './suggestions/suggestionReading.js';
