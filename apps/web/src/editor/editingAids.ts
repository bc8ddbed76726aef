// The drop cursor (where dragged text will land) and the gap cursor (a caret where no text
// can go, e.g. between two quotations) help only while a person edits, so they are loaded
// once the text is focused or something is dragged over it, not with the statement's first
// screen (issue #19). ProseMirror plugins, registered on the editor as they arrive.
import type { Editor } from '@tiptap/core';
import { dropCursor } from '@tiptap/pm/dropcursor';
import { gapCursor } from '@tiptap/pm/gapcursor';

/** Adds the drop and gap cursors to `editor` (TipTap's Dropcursor and Gapcursor defaults). */
export function addEditingAids(editor: Editor): void {
  if (editor.isDestroyed) return;
  editor.registerPlugin(dropCursor({ color: 'currentColor', width: 1 }));
  editor.registerPlugin(gapCursor());
}
