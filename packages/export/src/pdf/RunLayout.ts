// What the PDF writer lays out: runs of styled text, and where and how a paragraph goes.

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

export interface PdfRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  href: string | null;
  /** Text colour; suggested changes in the redline are coloured. */
  colour?: string;
}

export interface RunLayout extends TextStyle {
  x: number;
  width: number;
  spaceAfter: number;
  /** Makes the text a link to a named destination. */
  goTo?: string;
  /** Names the text's position as a destination (single-run paragraphs only). */
  destination?: string;
}
