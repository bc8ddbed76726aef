// The statement's editing schema, shared by the web editor and the server.
// Headless: no React or DOM, so the server can read, seed and export documents.
import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { DiscussionPointTags } from './DiscussionPointTags.js';
import { WrittenOnly } from './WrittenOnly.js';

/** Name of the Y.XmlFragment that holds a statement's body inside its Y.Doc. */
export const STATEMENT_FRAGMENT = 'content';

/**
 * The extensions that define a statement's document. The editor adds view-only
 * extensions (collaboration, carets, placeholders) on top; they must not change the schema.
 */
export function statementExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs owns undo/redo in a collaborative document.
      undoRedo: false,
      codeBlock: false,
      code: false,
      horizontalRule: false,
      link: { openOnClick: false, autolink: true },
    }),
    DiscussionPointTags,
    WrittenOnly,
  ];
}
