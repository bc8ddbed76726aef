import { isHeading } from '../text/splitBlocks.js';
import type { ReportParagraph } from './Report.js';

// Walks the blocks in order and keeps the numbered paragraphs. A paragraph number must
// follow the previous one closely, so stray numbered lines (tables, lists, footnotes that
// escaped detection) cannot start a paragraph; annexes, which restart at 1, end the walk.

const NUMBERED = /^(\d{1,3})\.\s+(\S[\s\S]*)$/;
const MAX_GAP = 5;
const ANNEX = /^annex(?:es)?\b(?!\s+to\s+the\s+letter)/i;

/** Splits "… to that end. 42. In situations …" where a converter lost a paragraph break. */
function splitRunOn(paragraphs: ReportParagraph[]): ReportParagraph[] {
  const out: ReportParagraph[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    out.push(paragraph);
    const nextNumber = paragraphs[index + 1]?.number ?? Infinity;
    let current = paragraph;
    while (nextNumber > current.number + 1) {
      const wanted = new RegExp(`(?<=[.!?”"]\\s+)${current.number + 1}\\.\\s+(?=[\\p{Lu}“"])`, 'u');
      const split = wanted.exec(current.text);
      if (!split) break;
      const following = {
        ...current,
        number: current.number + 1,
        text: current.text.slice(split.index + split[0].length),
      };
      current.text = current.text.slice(0, split.index).trimEnd();
      out.push(following);
      current = following;
    }
  }
  return out;
}

export function collectParagraphs(blocks: readonly string[]): ReportParagraph[] {
  const paragraphs: ReportParagraph[] = [];
  let heading: string | null = null;
  for (const block of blocks) {
    const last = paragraphs[paragraphs.length - 1];
    const numbered = NUMBERED.exec(block);
    const number = Number(numbered?.[1]);
    const inSequence = last
      ? number > last.number && number <= last.number + MAX_GAP
      : number === 1;
    if (numbered?.[2] && inSequence) {
      paragraphs.push({ number, text: numbered[2], heading });
    } else if (last && ANNEX.test(block)) {
      break;
    } else if (isHeading(block)) {
      heading = block;
    } else if (last) {
      last.text = `${last.text}\n${block}`;
    } else {
      // Summary and other front matter: whatever heading preceded it does not carry over.
      heading = null;
    }
  }
  return splitRunOn(paragraphs);
}
