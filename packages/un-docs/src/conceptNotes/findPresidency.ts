import { findMemberState } from './findMemberState.js';
import type { NoteText } from './NoteText.js';

// The presiding Member State: a "Presidency:" field, "in its capacity as President of the
// Security Council …, Viet Nam intends …", or "Kenya, which holds the presidency …". A
// presidency mentioned in the past ("under the presidency of Nigeria, the Council held …")
// is history, not this meeting's.

const FIELD = /^presidency\s*:\s*(.+)$/i;
const CAPACITY = /capacity as (?:the )?President of the [^,]+,\s*(.+)$/i;
const PRESIDENCY = /\bpresiden(?:cy|t)\b/i;
const CURRENT =
  /\b(?:will|holds|holding|intends?|assumes?|current|this month|is convening|is organizing|(?:organi[sz]ed|convened|hosted) by)\b/i;

export function findPresidency({ sentences }: NoteText): string | null {
  for (const { text } of sentences) {
    const field = FIELD.exec(text)?.[1];
    if (field) return findMemberState(field) ?? field.trim();
  }
  for (const { text } of sentences) {
    const after = CAPACITY.exec(text)?.[1];
    const state = after ? findMemberState(after) : null;
    if (state) return state;
  }
  for (const { text } of sentences) {
    if (!PRESIDENCY.test(text) || !CURRENT.test(text)) continue;
    const state = findMemberState(text);
    if (state) return state;
  }
  return null;
}
