import { kindNamed, kindSpan } from '../kindsNamed.js';

// Session 24: a theme is what the meeting is about, never the kind of meeting it is. A title line
// "Peacebuilding Commission – ambassadorial-level meeting" followed by its day gives, once the day
// is cut, "ambassadorial-level meeting": the format's words, not a theme (subjectOf.ts refused the
// line's bare kind only before the day was cut). Any candidate that is a kind of meeting with its
// qualifiers and nothing else ("the open debate", `la réunion-débat`) is none.

const ARTICLE = /^(?:(?:the|an?|this|its|le|la|les|un|une|el|los|las|una?)\s+|l['’])/iu;

/** Whether `value` names only a kind of meeting (as the format would), with no subject. */
export function isKindAlone(value: string): boolean {
  const words = value
    .trim()
    .replace(/[\s.,;:]+$/u, '')
    .replace(ARTICLE, '')
    .toLowerCase();
  const kind = kindNamed(words);
  if (kind !== null && kind.toLowerCase() === words) return true;
  // A kind in the note's language (`réunion-débat`, `debate abierto`) spans the words whole.
  const span = kindSpan(words);
  return span !== null && span.index === 0 && span.end === words.length;
}
