import {
  initProseMirrorDoc,
  updateYFragment,
  yXmlFragmentToProseMirrorRootNode,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { withinDepth } from './flattenDeepNesting.js';
import { STATEMENT_FRAGMENT } from './statementExtensions.js';
import { statementSchema } from './statementSchema.js';

/**
 * Makes `doc`'s statement look like the one in `state` (an encoded Y.Doc), as ordinary edits
 * on top of the current text: history is kept, and concurrent editors merge as usual.
 */
export function restoreStatement(doc: Y.Doc, state: Uint8Array): void {
  const old = new Y.Doc();
  try {
    Y.applyUpdate(old, state);
    const target = yXmlFragmentToProseMirrorRootNode(
      withinDepth(old).getXmlFragment(STATEMENT_FRAGMENT),
      statementSchema(),
    );
    const fragment = doc.getXmlFragment(STATEMENT_FRAGMENT);
    const { meta } = initProseMirrorDoc(fragment, statementSchema());
    updateYFragment(doc, fragment, target, meta as Parameters<typeof updateYFragment>[3]);
  } finally {
    old.destroy();
  }
}
