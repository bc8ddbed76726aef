// Which paragraphs deserve a suggested point. The metrics suggest for any paragraph with
// text, but a statement's front matter (the header naming the debate's theme, place and
// date) and one-line remarks resemble the points without addressing them.
import type { ParagraphSuggestions } from '@plenary/drafting-metrics';
import { countWords } from '@plenary/drafting-metrics';
import { salutationIndex } from '@plenary/statement-model';
import type { DraftParagraph } from './draftParagraphs';

/** Fewer words than this is a line ("New York, 19 April 2021"), not an argument. */
const MIN_WORDS = 8;
/** Index of the first paragraph after the salutation; 0 when there is none. */
function bodyStart(paragraphs: readonly DraftParagraph[]): number {
  return salutationIndex(paragraphs) + 1;
}

export function worthSuggesting(
  suggestions: readonly ParagraphSuggestions[],
  paragraphs: readonly DraftParagraph[],
): ParagraphSuggestions[] {
  const start = bodyStart(paragraphs);
  const body = new Map(paragraphs.slice(start).map((paragraph) => [paragraph.id, paragraph]));
  return suggestions.filter(({ paragraphId }) => {
    const paragraph = body.get(paragraphId);
    return paragraph !== undefined && countWords(paragraph.text) >= MIN_WORDS;
  });
}
