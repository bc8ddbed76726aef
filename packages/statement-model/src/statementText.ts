import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { withinDepth } from './flattenDeepNesting.js';
import { STATEMENT_FRAGMENT } from './statementExtensions.js';
import { statementSchema } from './statementSchema.js';
import { blockText, type SuggestionReading } from './suggestions/suggestionReading.js';

/**
 * The ProseMirror document held by a statement's Y.Doc. The conversion and every walk over
 * its result recurse, so a document stored deeper than the limit is read from a repaired copy.
 */
export function statementNode(doc: Y.Doc): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(
    withinDepth(doc).getXmlFragment(STATEMENT_FRAGMENT),
    statementSchema(),
  );
}

/**
 * Plain text of a statement: one line per block, blank line between paragraphs. Open
 * suggestions are read as `reading` says: by default the text as it stands, without them.
 */
export function statementText(doc: Y.Doc, reading: SuggestionReading = 'as-is'): string {
  const root = statementNode(doc);
  const blocks: string[] = [];
  root.descendants((node) => {
    if (node.isTextblock) {
      blocks.push(blockText(node, reading, '\n'));
      return false;
    }
    return true;
  });
  return blocks.join('\n\n');
}

/** A Y.Doc holding the given paragraphs, for seeding and tests. */
export function statementDocFromParagraphs(paragraphs: readonly string[]): Y.Doc {
  const json = {
    type: 'doc',
    content: paragraphs.map((text) => ({
      type: 'paragraph',
      content: text ? [{ type: 'text', text }] : [],
    })),
  };
  return prosemirrorJSONToYDoc(statementSchema(), json, STATEMENT_FRAGMENT);
}
