// The paragraph under the pointer, anywhere at its height on the sheet (its margins
// included), so the margin can show that paragraph's tags and time on hover. `inside` is
// any element on the sheet.
import type { Editor } from '@tiptap/core';
import { useEffect, useState, type RefObject } from 'react';
import { draftParagraphsOf, paragraphAt } from './draftParagraphs';

export function useHoveredParagraph(
  editor: Editor | null,
  inside: RefObject<HTMLElement | null>,
): string | null {
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => {
    const element = inside.current?.closest<HTMLElement>('.paper');
    if (!editor || !element) return;
    let frame = 0;
    let lastY = 0;
    const locate = () => {
      frame = 0;
      if (editor.isDestroyed) return;
      const box = editor.view.dom.getBoundingClientRect();
      const found = editor.view.posAtCoords({ left: box.left + 2, top: lastY });
      const { doc } = editor.state;
      const paragraph = found ? paragraphAt(draftParagraphsOf(doc), doc, found.pos) : null;
      setHovered(paragraph?.id ?? null);
    };
    const onMove = (event: PointerEvent) => {
      lastY = event.clientY;
      frame ||= window.requestAnimationFrame(locate);
    };
    const onLeave = () => {
      window.cancelAnimationFrame(frame);
      frame = 0;
      setHovered(null);
    };
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerleave', onLeave);
    return () => {
      window.cancelAnimationFrame(frame);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
    };
  }, [editor, inside]);

  return hovered;
}
