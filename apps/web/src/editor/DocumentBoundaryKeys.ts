// Ctrl+Home / Ctrl+End (with Shift to select) handled by the editor itself.
// Left to the browser, a colleague's caret widget at the end of the document can leave
// ProseMirror's selection behind the native one, so the next Enter or keystroke lands
// at the old position — text appearing in the wrong place is the worst surprise here.
import { Extension } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

function moveTo(view: EditorView, edge: 'start' | 'end', extend: boolean): boolean {
  const { state } = view;
  const target = edge === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
  const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  return true;
}

export const DocumentBoundaryKeys = Extension.create({
  name: 'documentBoundaryKeys',

  addKeyboardShortcuts() {
    return {
      'Mod-Home': () => moveTo(this.editor.view, 'start', false),
      'Mod-End': () => moveTo(this.editor.view, 'end', false),
      'Shift-Mod-Home': () => moveTo(this.editor.view, 'start', true),
      'Shift-Mod-End': () => moveTo(this.editor.view, 'end', true),
    };
  },
});
