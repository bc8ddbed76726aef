import { splitBlocks } from '../text/splitBlocks.js';
import { splitSentences } from '../text/splitSentences.js';

/** A concept note's blocks and sentences, computed once for all the field finders. */
export interface NoteText {
  blocks: string[];
  sentences: NoteSentence[];
}

export interface NoteSentence {
  text: string;
  /** Index of the block the sentence belongs to. */
  block: number;
}

export function toNoteText(normalized: string): NoteText {
  return fromBlocks(splitBlocks(normalized).blocks);
}

export function fromBlocks(blocks: string[]): NoteText {
  const sentences = blocks.flatMap((block, index) =>
    splitSentences(block).map((text) => ({ text, block: index })),
  );
  return { blocks, sentences };
}
