import type { Footnote } from '../text/splitBlocks.js';

export type { Footnote };

export interface ReportParagraph {
  /** The paragraph number as printed ("12" for "12."). */
  number: number;
  /** The paragraph's text without its number; sub-items such as "(a) …" on their own lines. */
  text: string;
  /** The innermost heading the paragraph sits under ("A. Early warning"), or null. */
  heading: string | null;
}

/** A report split into citable paragraphs ("S/2011/552, para. 12"). */
export interface Report {
  kind: 'report';
  symbol: string | null;
  title: string | null;
  /** "YYYY-MM-DD" */
  date: string | null;
  paragraphs: ReportParagraph[];
  footnotes: Footnote[];
}
