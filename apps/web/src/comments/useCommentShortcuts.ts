// Comment shortcuts that work wherever focus is on the statement's page, the read-only
// text included (which cannot take focus): comment on the selection, next and previous.
import { useEffect, useEffectEvent } from 'react';

export const COMMENT_SHORTCUT = 'Mod-Alt-m';
export const NEXT_COMMENT_SHORTCUT = 'Mod-Alt-n';
export const PREVIOUS_COMMENT_SHORTCUT = 'Mod-Alt-p';

interface CommentShortcutHandlers {
  onComment: () => void;
  onStep: (direction: 1 | -1) => void;
}

export function useCommentShortcuts(handlers: CommentShortcutHandlers): void {
  const comment = useEffectEvent(() => handlers.onComment());
  const step = useEffectEvent((direction: 1 | -1) => handlers.onStep(direction));

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || !event.altKey || event.shiftKey || event.repeat) return;
      // event.code: with Alt (Option on a Mac) event.key is a different character.
      const actions: Record<string, () => void> = {
        KeyM: comment,
        KeyN: () => step(1),
        KeyP: () => step(-1),
      };
      const action = actions[event.code];
      if (!action) return;
      event.preventDefault();
      action();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
