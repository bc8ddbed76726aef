import { inlineText, type Block, type Inline } from './Block.js';

// The clean view of a statement with suggestions: suggested insertions are not part of the
// text yet and go; text suggested for deletion still is, and stays as ordinary text.

function cleanInlines(inlines: readonly Inline[]): Inline[] {
  return inlines.flatMap((inline) => {
    if (inline.kind !== 'text' || !inline.suggestion) return [inline];
    return inline.suggestion.kind === 'insert' ? [] : [{ ...inline, suggestion: null }];
  });
}

function cleanBlock(block: Block): Block[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading': {
      const inlines = cleanInlines(block.inlines);
      return inlineText(inlines).trim() === '' ? [] : [{ ...block, inlines }];
    }
    case 'quote': {
      const blocks = cleanBlocks(block.blocks);
      return blocks.length > 0 ? [{ ...block, blocks }] : [];
    }
    case 'list': {
      const items = block.items.map(cleanBlocks).filter((item) => item.length > 0);
      return items.length > 0 ? [{ ...block, items }] : [];
    }
  }
}

export function cleanBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap(cleanBlock);
}

/** Whether any run carries a suggestion. */
export function hasSuggestions(blocks: readonly Block[]): boolean {
  return blocks.some((block) => {
    if (block.kind === 'quote') return hasSuggestions(block.blocks);
    if (block.kind === 'list') return block.items.some(hasSuggestions);
    return block.inlines.some((inline) => inline.kind === 'text' && !!inline.suggestion);
  });
}
