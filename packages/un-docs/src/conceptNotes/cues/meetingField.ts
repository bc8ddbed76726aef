import { englishQualifiers, qualifiedFormat } from './formatQualifiers.js';

// Round h13t: a header field labelled with the meeting itself (“| **Meeting** | Thematic meeting
// of the Peacebuilding Commission |”, `Réunion : Réunion informelle de la Commission …`, `Reunión:
// …`) names the meeting's kind as a “Format:” field does. A kind of the vocabulary in its value
// is read by findFormat.ts; a bare “meeting” there is the format with the qualifiers the value
// gives it (“Thematic meeting” → `thematic meeting`, `Réunion informelle` → `informal meeting`),
// only when it gives some: a bare “Meeting of the Commission” says nothing of its kind.
export const MEETING_LABELS = new Set(['meeting', 'reunion']);

const BARE_MEETING = /(?<![\p{L}])(?:meeting|réunion|reunión)(?![\p{L}])/iu;
const WORDS_BEFORE = 3;

/** The qualified bare meeting a meeting field's `value` names at its start, or null. */
export function meetingFieldFormat(value: string): string | null {
  const found = BARE_MEETING.exec(value);
  if (!found) return null;
  const before = value.slice(0, found.index);
  if (before.trim().split(/\s+/u).filter(Boolean).length > WORDS_BEFORE) return null;
  if (before.trim() !== '' && englishQualifiers(before).length === 0) return null;
  const format = qualifiedFormat(value, found.index, found.index + found[0].length, 'meeting');
  return format === 'meeting' ? null : format;
}

/**
 * Whether a field is such a meeting field naming a meeting at its start (“Reunión: Reunión
 * temática del Consejo …”): its value is the meeting's kind and body, not “Kind: theme”.
 */
export function isMeetingField(
  field: { label: string; value: string } | null | undefined,
): boolean {
  if (!field || !MEETING_LABELS.has(field.label)) return false;
  const found = BARE_MEETING.exec(field.value);
  return (
    found !== null && field.value.slice(0, found.index).trim().split(/\s+/u).length <= WORDS_BEFORE
  );
}
