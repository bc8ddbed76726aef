import type * as Y from 'yjs';
import { deliveryOf, type Delivery } from './delivery.js';
import { pointsOf, POINTS_ATTRIBUTE } from './DiscussionPointTags.js';
import { statementNode } from './statementText.js';
import { blockText, type SuggestionReading } from './suggestions/suggestionReading.js';
import { isWrittenOnly, WRITTEN_ATTRIBUTE } from './WrittenOnly.js';

export interface TaggedParagraph {
  /** Position of the block in the document ("p0", "p1"…): stable for one reading. */
  id: string;
  text: string;
  points: string[];
  /** Whether the speaker reads it out, or why not; only spoken blocks count for time. */
  delivery: Delivery;
  spoken: boolean;
}

/**
 * Every text block of a statement with its discussion-point tags, for coverage and timing;
 * open suggestions read as `reading` says (by default the text as it stands).
 */
export function statementParagraphs(
  doc: Y.Doc,
  reading: SuggestionReading = 'as-is',
): TaggedParagraph[] {
  const blocks: { type: string; text: string; written: boolean; points: string[] }[] = [];
  statementNode(doc).descendants((node) => {
    if (!node.isTextblock) return true;
    blocks.push({
      type: node.type.name,
      text: blockText(node, reading),
      written: isWrittenOnly(node.attrs[WRITTEN_ATTRIBUTE]),
      points: pointsOf(node.attrs[POINTS_ATTRIBUTE]),
    });
    return false;
  });
  const delivery = deliveryOf(blocks);
  return blocks.map((block, index) => {
    const how = delivery[index] ?? 'spoken';
    return {
      id: `p${index}`,
      text: block.text,
      points: block.points,
      delivery: how,
      spoken: how === 'spoken',
    };
  });
}
