// The @mention list under a comment being typed: which members match what follows the
// `@`, which one is highlighted, and the keys that move through and choose (the
// WAI-ARIA combobox pattern with the textarea keeping focus).
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Member } from './commentsApi';
import { insertMention, matchingMembers, mentionQuery, type MentionQuery } from './mentionQuery';

export interface MentionPicker {
  listId: string;
  optionId: (index: number) => string;
  matches: Member[];
  activeIndex: number;
  /** Called with the text and caret after every change or caret move. */
  track: (text: string, caret: number) => void;
  choose: (member: Member, text: string) => void;
  /** True when the key was for the list (and has been handled). */
  handleKey: (event: KeyboardEvent<HTMLTextAreaElement>, text: string) => boolean;
}

export function useMentionPicker(
  members: Member[],
  replaceText: (text: string, caret: number) => void,
): MentionPicker {
  const listId = useId();
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const matches = useMemo(
    () => (query ? matchingMembers(members, query.query) : []),
    [members, query],
  );

  function track(text: string, caret: number): void {
    const next = mentionQuery(text, caret);
    if (next?.query !== query?.query || next?.start !== query?.start) setActiveIndex(0);
    setQuery(next);
  }

  function choose(member: Member, text: string): void {
    if (!query) return;
    const next = insertMention(text, query, member);
    setQuery(null);
    replaceText(next.text, next.caret);
  }

  function handleKey(event: KeyboardEvent<HTMLTextAreaElement>, text: string): boolean {
    if (matches.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return false;
    const count = matches.length;
    const moves: Record<string, number> = {
      ArrowDown: (activeIndex + 1) % count,
      ArrowUp: (activeIndex - 1 + count) % count,
    };
    const move = moves[event.key];
    if (move !== undefined) setActiveIndex(move);
    else if (event.key === 'Enter' || event.key === 'Tab') {
      const member = matches[activeIndex];
      if (member) choose(member, text);
    } else if (event.key === 'Escape') setQuery(null);
    else return false;
    event.preventDefault();
    // Escape closes the list only; it must not also leave the panel.
    event.stopPropagation();
    return true;
  }

  return {
    listId,
    optionId: (index) => `${listId}-option-${index}`,
    matches,
    activeIndex,
    track,
    choose,
    handleKey,
  };
}
