import type * as Y from 'yjs';
import { pointsOf, POINTS_ATTRIBUTE } from './DiscussionPointTags.js';
import { statementNode } from './statementText.js';
import { blockText, type SuggestionReading } from './suggestions/suggestionReading.js';

export interface TaggedParagraph {
  /** Position of the block in the document ("p0", "p1"…): stable for one reading. */
  id: string;
  text: string;
  points: string[];
}

/**
 * Every text block of a statement with its discussion-point tags, for coverage and timing;
 * open suggestions read as `reading` says (by default the text as it stands).
 */
export function statementParagraphs(
  doc: Y.Doc,
  reading: SuggestionReading = 'as-is',
): TaggedParagraph[] {
  const paragraphs: TaggedParagraph[] = [];
  statementNode(doc).descendants((node) => {
    if (!node.isTextblock) return true;
    paragraphs.push({
      id: `p${paragraphs.length}`,
      text: blockText(node, reading),
      points: pointsOf(node.attrs[POINTS_ATTRIBUTE]),
    });
    return false;
  });
  return paragraphs;
}
