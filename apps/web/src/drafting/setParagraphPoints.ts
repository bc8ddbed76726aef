import { POINTS_ATTRIBUTE } from '@plenary/statement-model';
import type { Editor } from '@tiptap/core';
import { locateParagraph, type ParagraphTarget } from './locateParagraph';

/**
 * Sets the discussion points a paragraph addresses. An attribute step in the Yjs document,
 * so it merges with colleagues' typing in the same paragraph. False when the paragraph
 * cannot be found any more (deleted meanwhile) or the editor is read-only.
 */
export function setParagraphPoints(
  editor: Editor,
  target: ParagraphTarget,
  points: readonly string[],
): boolean {
  if (!editor.isEditable) return false;
  const paragraph = locateParagraph(editor.state, target);
  if (!paragraph?.taggable) return false;
  const tr = editor.state.tr.setNodeAttribute(paragraph.pos, POINTS_ATTRIBUTE, [
    ...new Set(points),
  ]);
  editor.view.dispatch(tr);
  return true;
}
