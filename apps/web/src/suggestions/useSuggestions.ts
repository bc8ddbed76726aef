// The statement's open suggestions, read from the editor's document as it changes (locally
// or from colleagues), a little after each burst of typing.
import { suggestionsIn, type Suggestion } from '@plenary/statement-model';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';

const SETTLE_MS = 150;

export function useSuggestions(editor: Editor | null): Suggestion[] {
  const [list, setList] = useState<Suggestion[]>([]);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    let timer: number | undefined;
    const read = () => {
      if (!editor.isDestroyed) setList(suggestionsIn(editor.state.doc));
    };
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(read, SETTLE_MS);
    };
    read();
    editor.on('update', schedule);
    return () => {
      window.clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor]);
  return list;
}
