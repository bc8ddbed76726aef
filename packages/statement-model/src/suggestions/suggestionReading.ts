// Text as it reads with suggestions open: "as is" (suggested insertions are not part of it
// yet, text suggested for deletion still is) or "accepted" (as if every one were accepted).
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { SUGGESTION_DELETE, SUGGESTION_INSERT } from './SuggestionMarks.js';

export type SuggestionReading = 'as-is' | 'accepted';

/** The text of a textblock; inline leaves (hard breaks) read as `leaf`. */
export function blockText(
  block: ProseMirrorNode,
  reading: SuggestionReading = 'as-is',
  leaf = '',
): string {
  const skipped = reading === 'as-is' ? SUGGESTION_INSERT : SUGGESTION_DELETE;
  let text = '';
  block.forEach((child) => {
    if (child.marks.some((mark) => mark.type.name === skipped)) return;
    text += child.isText ? (child.text ?? '') : child.isLeaf ? leaf : child.textContent;
  });
  return text;
}
