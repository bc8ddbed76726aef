// What the panel needs to know from the editor's highlights: the active thread and the
// threads' order in the text. Compared by value, so typing re-renders nothing unless the
// order, the active thread or an orphan changes.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { commentHighlightsKey, DRAFT_ID } from './CommentHighlights';

export interface HighlightSnapshot {
  activeId: string | null;
  /** Threads whose text is in the document, in document order. */
  order: string[];
  /** Threads whose text has all been deleted. */
  orphaned: string[];
}

const EMPTY: HighlightSnapshot = { activeId: null, order: [], orphaned: [] };

export function useHighlightSnapshot(editor: Editor | null): HighlightSnapshot {
  const snapshot = useEditorState({
    editor,
    selector: ({ editor: current }): HighlightSnapshot => {
      const value = current ? commentHighlightsKey.getState(current.state) : undefined;
      if (!value) return EMPTY;
      const placed = [...value.ranges].filter(([id]) => id !== DRAFT_ID);
      const order = placed
        .filter(([, range]) => !range.orphaned)
        .sort(([, a], [, b]) => a.from - b.from || a.to - b.to)
        .map(([id]) => id);
      const orphaned = placed.filter(([, range]) => range.orphaned).map(([id]) => id);
      return { activeId: value.activeId, order, orphaned };
    },
  });
  return snapshot ?? EMPTY;
}
