// Counts each paragraph's words once, so coverage, timing and suggestions share the work.
import { countWords } from '../words/countWords.js';
import type { StatementParagraph } from './StatementInput.js';

export interface CountedParagraph {
  readonly id: string;
  readonly text: string;
  /** The paragraph's tags, trimmed, without blanks or repeats, in their first order. */
  readonly points: readonly string[];
  readonly words: number;
  readonly spoken: boolean;
}

function distinctTags(points: readonly string[]): string[] {
  const tags = points.map((label) => label.trim()).filter((label) => label !== '');
  return [...new Set(tags)];
}

export function countParagraphs(paragraphs: readonly StatementParagraph[]): CountedParagraph[] {
  return paragraphs.map((paragraph) => ({
    id: paragraph.id,
    text: paragraph.text,
    points: distinctTags(paragraph.points),
    words: countWords(paragraph.text),
    spoken: paragraph.spoken ?? true,
  }));
}
