// How large and how deeply nested a statement may become. The server refuses updates past
// these limits (packages/collab DocumentLimits); docs/security.md lists them.

export const STATEMENT_LIMITS = {
  /** Levels of nested Yjs types: a paragraph's text is at 2, a list item's paragraph text at 4. */
  maxDepth: 16,
  /** Characters of text: about 25,000 words, far beyond any statement read aloud. */
  maxChars: 200_000,
  /** The whole statement encoded as one Yjs update. */
  maxDocumentBytes: 2 * 1024 * 1024,
  /** One update from one editor. */
  maxUpdateBytes: 2 * 1024 * 1024,
} as const;
