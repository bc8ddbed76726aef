import { earliest } from '../kindsNamed.js';
import { bareKindNamed } from './bareKind.js';

// Round t43a: a media advisory sets out its event under WHO, WHAT, WHEN and WHERE; the “What:”
// field names the meeting itself (“WHAT: Annual session of the Peacebuilding Commission”, “WHAT:
// Economic and Social Council Humanitarian Affairs Segment”), as a “Meeting:” field does
// (cues/meetingField.ts), before the sentences that name the parts it includes (“two high-level
// panels and some 15 side events”). Its kind is the vocabulary's kind the value names, or else
// the bare session, segment or debate heading the short name the value gives; a value that is a
// sentence or a name of no kind (“WHAT: Press conference”) gives none.
export const WHAT_LABELS: ReadonlySet<string> = new Set(['what']);

const NAME_WORDS = 12;

/** The kind a “What:” field's `value` names, or null. */
export function whatFieldFormat(value: string): string | null {
  const named = earliest(value);
  if (named) return named.format;
  if (value.trim().split(/\s+/u).length > NAME_WORDS) return null;
  return bareKindNamed(value);
}
