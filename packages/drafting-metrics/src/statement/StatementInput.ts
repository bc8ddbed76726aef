// What the metrics read from a statement and its debate, whoever extracted it (the editor
// from ProseMirror, the server from the Yjs state).

/** One paragraph of a statement and the discussion points it is tagged with. */
export interface StatementParagraph {
  readonly id: string;
  readonly text: string;
  /** Labels of the discussion points the paragraph addresses, e.g. ["12(a)"]. */
  readonly points: readonly string[];
  /** False for what nobody reads out (header, headings, written-only); default true. */
  readonly spoken?: boolean;
}

/** One indicative point for discussion of the concept note. */
export interface DiscussionPoint {
  /** Stable label such as "12(a)". */
  readonly label: string;
  readonly text: string;
}
