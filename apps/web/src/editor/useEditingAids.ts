// Loads the drop and gap cursors (./editingAids) into an editor the first time its text is
// focused or something is dragged over it; a failed load is tried again the next time.
import type { Editor } from '@tiptap/core';
import { useCallback } from 'react';

const equipped = new WeakSet<Editor>();

/** A handler for the text's `focus` and `dragenter` events. */
export function useEditingAids(editor: Editor): () => void {
  return useCallback(() => {
    if (equipped.has(editor)) return;
    equipped.add(editor);
    import('./editingAids').then(
      ({ addEditingAids }) => addEditingAids(editor),
      () => equipped.delete(editor),
    );
  }, [editor]);
}
