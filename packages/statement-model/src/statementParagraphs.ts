import type * as Y from 'yjs';
import { pointsOf, POINTS_ATTRIBUTE } from './DiscussionPointTags.js';
import { statementNode } from './statementText.js';

export interface TaggedParagraph {
  /** Position of the block in the document ("p0", "p1"…): stable for one reading. */
  id: string;
  text: string;
  points: string[];
}

/** Every text block of a statement with its discussion-point tags, for coverage and timing. */
export function statementParagraphs(doc: Y.Doc): TaggedParagraph[] {
  const paragraphs: TaggedParagraph[] = [];
  statementNode(doc).descendants((node) => {
    if (!node.isTextblock) return true;
    paragraphs.push({
      id: `p${paragraphs.length}`,
      text: node.textContent,
      points: pointsOf(node.attrs[POINTS_ATTRIBUTE]),
    });
    return false;
  });
  return paragraphs;
}
