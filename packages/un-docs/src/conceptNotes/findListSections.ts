import { isHeading } from '../text/splitBlocks.js';
import type { LabeledItem } from './ConceptNote.js';
import { readListItems } from './readListItems.js';

// Objectives and discussion points live in their own sections, found by heading
// ("Indicative points for discussion", "Guiding questions") or by the sentence that
// introduces them ("speakers are invited to address the following:").

const POINTS_HEADING =
  /\b(?:points|questions|issues|themes)\s+(?:for|to guide|to be addressed|to address|for the)\b|\b(?:guiding|key|indicative|suggested|possible|discussion|framing|leading)\s+(?:questions|points|issues)\b|^(?:questions|points)\b/i;
const POINTS_INTRO =
  /\b(?:invited|encouraged|asked|requested)\s+to\s+(?:address|focus on|consider|reflect on|respond to|share)\b|\bfollowing\s+(?:questions|points|issues)\b|\bguiding questions\b/i;
const OBJECTIVES_HEADING = /^(?:objectives?|aims?|purposes?|goals?)\b/i;
const OBJECTIVES_INTRO =
  /\b(?:aims?|seeks?|objectives?\s+(?:of|are|is)|purposes?\s+(?:of|are|is))\b/i;

export type ListKind = 'objectives' | 'points';

function startsSection(block: string, kind: ListKind): boolean {
  const heading = isHeading(block) || (block.endsWith(':') && block.length < 80);
  const title = heading ? block.replace(/^(?:[IVXL]{1,5}|[A-Z])\.\s+/, '') : block;
  if (kind === 'points') {
    return (
      (heading && POINTS_HEADING.test(title)) || (block.endsWith(':') && POINTS_INTRO.test(block))
    );
  }
  return (
    (heading && OBJECTIVES_HEADING.test(title)) ||
    (block.endsWith(':') && OBJECTIVES_INTRO.test(block) && !POINTS_INTRO.test(block))
  );
}

export function findListSections(blocks: readonly string[], kind: ListKind): LabeledItem[] {
  const items: LabeledItem[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index] ?? '';
    if (!startsSection(block, kind)) {
      index += 1;
      continue;
    }
    // An introductory sentence is itself the first block of the list (it may carry the number).
    const first = isHeading(block) ? index + 1 : index;
    const read = readListItems(blocks, first, kind === 'points');
    const offset = items.length;
    for (const item of read.items) {
      items.push(
        /^\d+$/.test(item.label) && offset > 0
          ? { ...item, label: String(Number(item.label) + offset) }
          : item,
      );
    }
    index = Math.max(read.end, index + 1);
  }
  return items;
}
