// Comment text being typed is kept in this tab's session storage as it is typed, so
// switching threads, closing the panel or reloading never throws a half-written reply away.
import { useCallback, useState } from 'react';

const PREFIX = 'plenary:comment-draft:';

function read(key: string): string {
  try {
    return window.sessionStorage.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

function write(key: string, text: string): void {
  try {
    if (text.trim()) window.sessionStorage.setItem(PREFIX + key, text);
    else window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage can be blocked or full; the text then lives as long as the composer.
  }
}

/** True when something is waiting under `key` (to say "continue your reply"). */
export function hasSavedDraft(key: string): boolean {
  return read(key).trim() !== '';
}

/** Text state that is also saved under `key`; without a key, plain state. */
export function useSavedDraft(key: string | undefined, initial: string) {
  const [text, setText] = useState(() => (key ? read(key) || initial : initial));
  const update = useCallback(
    (next: string) => {
      setText(next);
      if (key) write(key, next === initial ? '' : next);
    },
    [key, initial],
  );
  return [text, update] as const;
}
