// Where each person's caret is in this editor's document, from Yjs awareness: y-prosemirror
// publishes a focused editor's selection as relative positions under `cursor`.
import type { EditorState } from '@tiptap/pm/state';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { bindingOf, type Binding } from './yBinding';

export interface PersonCursor {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
  /** The caret (selection head) in the editor's document. */
  head: number;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function headOf(binding: Binding, cursor: unknown): number | null {
  const head = field(cursor, 'head');
  if (typeof head !== 'object' || head === null) return null;
  try {
    return binding.absolute(Y.createRelativePositionFromJSON(head));
  } catch {
    // A malformed awareness entry from an odd client must not break the page.
    return null;
  }
}

export function cursorPositions(state: EditorState, awareness: Awareness): PersonCursor[] {
  const binding = bindingOf(state);
  if (!binding) return [];
  const cursors: PersonCursor[] = [];
  for (const [clientId, entry] of awareness.getStates()) {
    const user = field(entry, 'user');
    const name = field(user, 'name');
    const color = field(user, 'color');
    if (typeof name !== 'string' || !name.trim()) continue;
    const head = headOf(binding, field(entry, 'cursor'));
    if (head === null || head > state.doc.content.size) continue;
    cursors.push({
      clientId,
      name: name.trim(),
      color: typeof color === 'string' ? color : '#5b6470',
      isSelf: clientId === awareness.clientID,
      head,
    });
  }
  return cursors;
}
