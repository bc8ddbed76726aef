// A statement's body reduced to what the export formats can express. Every renderer
// walks these blocks, so the ProseMirror JSON is interpreted in one place only.

export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  /** Only http(s) and mailto links survive; anything else is plain text. */
  href: string | null;
  /** A citation's reference, set on the last run of the cited stretch: it becomes a note. */
  note: string | null;
  /** A suggested change (Suggesting mode); `cleanBlocks` removes them for clean exports. */
  suggestion?: RunSuggestion | null;
}

export interface RunSuggestion {
  kind: 'insert' | 'delete';
  authorId: string;
  /** ISO 8601, as stored on the mark. */
  createdAt: string;
}

/**
 * How suggestions appear: `clean` leaves them out (the text as it stands, every suggestion
 * unsettled), `tracked` keeps them as runs marked with `suggestion`.
 */
export type SuggestionView = 'clean' | 'tracked';

export interface LineBreak {
  kind: 'break';
}

export type Inline = TextRun | LineBreak;

export interface ParagraphBlock {
  kind: 'paragraph';
  inlines: Inline[];
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1–6, as in the editor. */
  level: number;
  inlines: Inline[];
}

export interface QuoteBlock {
  kind: 'quote';
  blocks: Block[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: Block[][];
}

export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | ListBlock;

/** The text of a run of inlines, hard breaks as newlines. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('');
}
