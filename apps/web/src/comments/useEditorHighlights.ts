// The editor's side of comments: hands the threads to the highlight plugin, reads back
// the active thread and the order of the text, and selects a thread there, waiting for
// its text when it has not been placed yet (a link opened before the document synced).
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { updateHighlights, type HighlightThread } from './CommentHighlights';
import type { Thread } from '@plenary/api';
import { revealThread } from './revealThread';
import { useHighlightSnapshot, type HighlightSnapshot } from './useHighlightSnapshot';

export interface EditorHighlights {
  snapshot: HighlightSnapshot;
  /** Makes a thread the active one (null: none); `reveal` scrolls to and selects its text. */
  select: (threadId: string | null, reveal: boolean) => void;
}

export function useEditorHighlights(editor: Editor | null, threads: Thread[] | null) {
  const snapshot = useHighlightSnapshot(editor);
  const pendingReveal = useRef<string | null>(null);

  const highlighted = useMemo<HighlightThread[]>(
    () =>
      (threads ?? []).map(({ id, anchor, status }) => ({
        id,
        anchor,
        resolved: status === 'resolved',
      })),
    [threads],
  );
  useEffect(() => {
    if (editor && !editor.isDestroyed) updateHighlights(editor.view, { threads: highlighted });
  }, [editor, highlighted]);

  useEffect(() => {
    const waiting = pendingReveal.current;
    if (editor && waiting && snapshot.order.includes(waiting) && revealThread(editor, waiting))
      pendingReveal.current = null;
  }, [editor, snapshot.order]);

  const select = useCallback(
    (threadId: string | null, reveal: boolean) => {
      if (!editor || editor.isDestroyed) return;
      updateHighlights(editor.view, { activeId: threadId });
      const shown = threadId !== null && reveal && revealThread(editor, threadId);
      pendingReveal.current = threadId !== null && reveal && !shown ? threadId : null;
    },
    [editor],
  );

  return { snapshot, select } satisfies EditorHighlights;
}
