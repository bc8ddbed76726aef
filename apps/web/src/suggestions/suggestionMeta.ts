/** Transaction meta set on edits already written as suggestions (not rewritten again). */
export const SUGGESTION_META = 'suggestion';
