import type { ProseMirrorJSON } from '../model/StatementExport.js';
import { inlineText, type Block, type Inline } from './Block.js';
import { inlinesFromJSON, isInlineNode } from './inlinesFromJSON.js';

// ProseMirror JSON → export blocks. Tolerant by design: a node type this package does not
// know (a future header block, say) is rendered by its content rather than dropped or fatal.

function hasText(inlines: readonly Inline[]): boolean {
  return inlineText(inlines).trim() !== '';
}

function headingLevel(attrs: Record<string, unknown> | undefined): number {
  const level = attrs?.['level'];
  return typeof level === 'number' && Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 1;
}

function listStart(attrs: Record<string, unknown> | undefined): number {
  const start = attrs?.['start'];
  return typeof start === 'number' && Number.isInteger(start) && start >= 0 ? start : 1;
}

function listItems(node: ProseMirrorJSON): Block[][] {
  const items = (node.content ?? []).map((child) =>
    child.type === 'listItem' ? blocksOf(child.content) : blocksOf([child]),
  );
  return items.filter((blocks) => blocks.length > 0);
}

function blockOf(node: ProseMirrorJSON): Block[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const inlines = inlinesFromJSON(node.content);
      if (!hasText(inlines)) return [];
      return node.type === 'heading'
        ? [{ kind: 'heading', level: headingLevel(node.attrs), inlines }]
        : [{ kind: 'paragraph', inlines }];
    }
    case 'blockquote': {
      const blocks = blocksOf(node.content);
      return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = listItems(node);
      if (items.length === 0) return [];
      const ordered = node.type === 'orderedList';
      return [{ kind: 'list', ordered, start: ordered ? listStart(node.attrs) : 1, items }];
    }
    default:
      return unknownBlock(node);
  }
}

function unknownBlock(node: ProseMirrorJSON): Block[] {
  const children = node.content ?? [];
  if (isInlineNode(node)) return blockOf({ type: 'paragraph', content: [node] });
  if (children.length > 0 && children.every(isInlineNode)) {
    return blockOf({ type: 'paragraph', content: children });
  }
  return blocksOf(children);
}

function blocksOf(nodes: readonly ProseMirrorJSON[] | undefined): Block[] {
  return (nodes ?? []).flatMap(blockOf);
}

/** The blocks of a statement's document (a `doc` node, or anything holding blocks). */
export function blocksFromJSON(doc: ProseMirrorJSON): Block[] {
  return doc.type === 'doc' ? blocksOf(doc.content) : blockOf(doc);
}
