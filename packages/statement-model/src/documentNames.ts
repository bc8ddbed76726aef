// The names inside a statement's Y.Doc, without the editor schema, so that code reading the
// document's shape (the server's collaboration path) does not load TipTap and ProseMirror.

/** Name of the Y.XmlFragment that holds a statement's body inside its Y.Doc. */
export const STATEMENT_FRAGMENT = 'content';

/** The marks that carry suggested changes (see suggestions/SuggestionMarks.ts). */
export const SUGGESTION_INSERT = 'suggestionInsert';
export const SUGGESTION_DELETE = 'suggestionDelete';
