// Where the kinds of the format vocabulary stand in a text: the earliest, every one, or the kind
// a text names first. The format finder (findFormat.ts) and the cues that read around a kind
// (formatSubject.ts, kindAlone.ts, partOfMeeting.ts …) share these scanners.
import { bareKindNamed } from './cues/bareKind.js';
import { qualifiedFormat } from './cues/formatQualifiers.js';
import { FORMATS } from './formatVocabulary.js';

// "two panel discussions", "round tables", "side events": a format named in the plural is the
// same format (one letter shorter, so positions barely move). "Briefings" are the briefers'
// presentations inside a meeting, not its format; "interactive hearings" are one meeting.
export const PLURAL =
  /\b(meeting|debate|dialogue|discussion|event|session|(?<!\binteractive,?\s+)hearing|table|workshop|forum|segment)s\b/giu;

/** Where the earliest kind of the vocabulary stands in `text` made singular, and which it is. */
function earliestKind(
  singular: string,
  only: (kind: string) => boolean = () => true,
): { index: number; end: number; kind: string } | null {
  let best: { index: number; end: number; kind: string } | null = null;
  for (const [pattern, kind] of FORMATS) {
    if (!only(kind)) continue;
    const match = pattern.exec(singular);
    if (match && (!best || match.index < best.index))
      best = { index: match.index, end: match.index + match[0].length, kind };
  }
  return best;
}

/** The earliest format `text` names, with the qualifiers the note gives it ("high-level …"). */
export function earliest(
  text: string,
  only: (kind: string) => boolean = () => true,
): { index: number; format: string } | null {
  const singular = text.replace(PLURAL, '$1');
  const best = earliestKind(singular, only);
  if (!best) return null;
  return { index: best.index, format: qualifiedFormat(singular, best.index, best.end, best.kind) };
}

/**
 * Session 24: where the earliest kind of the vocabulary stands in `text` (its first letter and the
 * end of its words), for reading what follows the kind (cues/formatSubject.ts), and which it is.
 */
export function kindSpan(text: string): { index: number; end: number; kind: string } | null {
  return earliestKind(text.replace(PLURAL, '$1'));
}

/** The kind of meeting `text` names first, by the vocabulary or else by its bare kind. */
export function kindNamed(text: string): string | null {
  return earliest(text)?.format ?? bareKindNamed(text);
}

/** Every format `text` names, each with the qualifiers it is given there. */
export function allNamed(text: string): { kind: string; format: string }[] {
  const singular = text.replace(PLURAL, '$1');
  return FORMATS.flatMap(([pattern, kind]) =>
    [...singular.matchAll(new RegExp(pattern.source, 'giu'))].map((match) => ({
      kind,
      format: qualifiedFormat(singular, match.index, match.index + match[0].length, kind),
    })),
  );
}
