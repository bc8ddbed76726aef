// The statement's paragraphs and the one holding the caret, read from the editor at most
// once per animation frame however fast people type (ours and colleagues' changes alike).
import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useEffect, useState } from 'react';
import { draftParagraphsOf, paragraphAt, type DraftParagraph } from './draftParagraphs';

export interface DraftText {
  paragraphs: DraftParagraph[];
  /** The paragraph with the caret, while the text has focus. */
  activeId: string | null;
}

const EMPTY: DraftText = { paragraphs: [], activeId: null };

function read(editor: Editor, previous: DraftText, previousDoc: ProseMirrorNode | null) {
  const { doc, selection } = editor.state;
  const paragraphs = doc === previousDoc ? previous.paragraphs : draftParagraphsOf(doc);
  const focused = editor.isFocused;
  const activeId = focused ? (paragraphAt(paragraphs, doc, selection.head)?.id ?? null) : null;
  if (paragraphs === previous.paragraphs && activeId === previous.activeId) return previous;
  return { paragraphs, activeId };
}

export function useDraftParagraphs(editor: Editor | null): DraftText {
  const [text, setText] = useState<DraftText>(EMPTY);

  useEffect(() => {
    if (!editor) return;
    let frame = 0;
    let lastDoc: ProseMirrorNode | null = null;
    let current = EMPTY;
    const refresh = () => {
      frame = 0;
      if (editor.isDestroyed) return;
      current = read(editor, current, lastDoc);
      lastDoc = editor.state.doc;
      setText(current);
    };
    const schedule = () => {
      frame ||= window.requestAnimationFrame(refresh);
    };
    refresh();
    editor.on('transaction', schedule);
    editor.on('focus', schedule);
    editor.on('blur', schedule);
    return () => {
      window.cancelAnimationFrame(frame);
      editor.off('transaction', schedule);
      editor.off('focus', schedule);
      editor.off('blur', schedule);
    };
  }, [editor]);

  return editor ? text : EMPTY;
}
