// Who else is writing in which paragraph right now: each colleague's caret from awareness,
// placed in the paragraph that holds it. A person whose text has no focus publishes no
// caret, so this shows the people actually at work, not everyone with the statement open.
// One's own caret is left out: it is in view anyway, and it vanishes as soon as one clicks
// in the panel, which would move the panel's contents under the pointer.
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { cursorPositions } from './cursorPositions';
import { paragraphAt, type DraftParagraph } from './draftParagraphs';

export interface Writer {
  key: string;
  name: string;
  color: string;
  isSelf: boolean;
}

/** Paragraph id → the people with their caret in it. */
export type SectionPresence = ReadonlyMap<string, Writer[]>;

const NOBODY: SectionPresence = new Map();

function placeWriters(editor: Editor, awareness: Awareness, paragraphs: DraftParagraph[]) {
  const byParagraph = new Map<string, Writer[]>();
  for (const cursor of cursorPositions(editor.state, awareness)) {
    const paragraph = paragraphAt(paragraphs, editor.state.doc, cursor.head);
    if (!paragraph || cursor.isSelf) continue;
    const key = `${cursor.name}\u0000${cursor.color}`;
    const writers = byParagraph.get(paragraph.id) ?? [];
    // Two tabs of one person are one writer.
    if (!writers.some((writer) => writer.key === key)) {
      writers.push({ key, name: cursor.name, color: cursor.color, isSelf: cursor.isSelf });
    }
    byParagraph.set(paragraph.id, writers);
  }
  return byParagraph;
}

const signatureOf = (presence: SectionPresence): string =>
  [...presence].map(([id, writers]) => `${id}:${writers.map((w) => w.key).join(',')}`).join('|');

export function useSectionPresence(
  editor: Editor | null,
  awareness: Awareness | null,
  paragraphs: DraftParagraph[],
): SectionPresence {
  const [presence, setPresence] = useState<SectionPresence>(NOBODY);
  const signature = useRef('');

  useEffect(() => {
    if (!editor || !awareness) return;
    const refresh = () => {
      if (editor.isDestroyed) return;
      const next = placeWriters(editor, awareness, paragraphs);
      const nextSignature = signatureOf(next);
      if (nextSignature === signature.current) return;
      signature.current = nextSignature;
      setPresence(next);
    };
    refresh();
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [editor, awareness, paragraphs]);

  return editor && awareness ? presence : NOBODY;
}
