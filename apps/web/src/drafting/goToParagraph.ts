import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { flashParagraph } from './DraftingDecorations';
import { locateParagraph, type ParagraphTarget } from './locateParagraph';

/**
 * Brings a paragraph into view and highlights it for a moment; in editable text the caret
 * goes to its start (never a selection of it, which the next keystroke would replace).
 */
export function goToParagraph(editor: Editor, target: ParagraphTarget): boolean {
  const paragraph = locateParagraph(editor.state, target);
  if (!paragraph) return false;
  const { view } = editor;
  const element = view.nodeDOM(paragraph.pos);
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'center' });
  if (editor.isEditable) {
    const selection = TextSelection.create(view.state.doc, paragraph.pos + 1);
    view.dispatch(view.state.tr.setSelection(selection));
    view.focus();
  }
  flashParagraph(view, paragraph.pos);
  return true;
}
