import { headingTopic } from '../cues/listHeadingWords.js';

// Round 36h: a document whose list heading ran into the item before it ("- Ms. Grace Mutua,
// Coordinator, African Network of Independent Living Organizations Objectives:", "- To share good
// practices … during crises Guiding questions:", a Word file whose heading paragraphs were
// merged) ends a list item on the next list's heading. When the item's last words open with a
// capital, end on a colon, say what a list is about (cues/listHeadingWords.ts) and another item
// follows, they are the heading, on a block of their own.

const ITEM = /^(?:[-*•▪◦–]|\(?[\p{L}\d]{1,3}[.)])\s/u;
const MIN_ITEM_WORDS = 4;
const TRAILING_HEADING = /\s(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3})\s*:$/u;

/** `blocks` with a list heading run onto the end of a list item set on a block of its own. */
export function withRunOnListHeadings(blocks: readonly string[]): string[] {
  return blocks.flatMap((block, index) => {
    const heading = ITEM.test(block) ? TRAILING_HEADING.exec(block) : null;
    const next = blocks[index + 1] ?? '';
    if (!heading?.[1] || !ITEM.test(next) || headingTopic(heading[1]) === null) return [block];
    // The item's own words come first: "2. The panel aims:" is a lead-in, not a run-on heading.
    const item = block.slice(0, heading.index).replace(ITEM, '').trim();
    if (item.split(/\s+/u).length < MIN_ITEM_WORDS) return [block];
    return [block.slice(0, heading.index).trimEnd(), `${heading[1]}:`];
  });
}
