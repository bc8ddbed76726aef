// Where paragraphs sit on the sheet, for what the margin shows beside them. Measured after
// each render that changes the text or the set of paragraphs shown, and when the text
// reflows (a narrower window, the side panel opening, fonts arriving).
import type { Editor } from '@tiptap/core';
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { DraftParagraph } from './draftParagraphs';

/** Paragraph id → its top, in pixels from the top of `layer`. */
export type ParagraphTops = ReadonlyMap<string, number>;

function measure(editor: Editor, layer: HTMLElement, shown: DraftParagraph[]): Map<string, number> {
  const origin = layer.getBoundingClientRect().top;
  const tops = new Map<string, number>();
  for (const paragraph of shown) {
    const element = editor.view.nodeDOM(paragraph.pos);
    if (element instanceof HTMLElement) {
      tops.set(paragraph.id, element.getBoundingClientRect().top - origin);
    }
  }
  return tops;
}

export function useParagraphTops(
  editor: Editor | null,
  layer: RefObject<HTMLElement | null>,
  shown: DraftParagraph[],
): ParagraphTops {
  const [tops, setTops] = useState<ParagraphTops>(new Map());
  const [reflows, setReflows] = useState(0);

  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed || !layer.current) return;
    setTops(measure(editor, layer.current, shown));
  }, [editor, layer, shown, reflows]);

  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return;
    let width = 0;
    const observer = new ResizeObserver(([entry]) => {
      // Height changes with every new line and is measured with the text; width means reflow.
      const next = entry?.contentRect.width ?? 0;
      if (next !== width) setReflows((value) => value + 1);
      width = next;
    });
    observer.observe(editor.view.dom);
    return () => observer.disconnect();
  }, [editor]);

  return tops;
}
