// Tags name points by label. Labels are compared as the metrics compare them (ignoring
// spacing and case), so "12 (a)" from an older rendering of the note still finds "12(a)".
import type { LabelledText } from '../conceptNotes/conceptNotesApi';

const keyOf = (label: string): string => label.replace(/\s+/g, '').toLowerCase();

/** The discussion point a tag names, or null when the note has no such point. */
export function findPoint(points: readonly LabelledText[], label: string): LabelledText | null {
  const key = keyOf(label);
  return points.find((point) => keyOf(point.label) === key) ?? null;
}

export function sameLabel(a: string, b: string): boolean {
  return keyOf(a) === keyOf(b);
}

/** Tags in the note's order, tags naming no point last, so chips read like the note. */
export function inNoteOrder(tags: readonly string[], points: readonly LabelledText[]): string[] {
  const rank = (tag: string) => {
    const index = points.findIndex((point) => sameLabel(point.label, tag));
    return index === -1 ? points.length : index;
  };
  return [...tags].sort((a, b) => rank(a) - rank(b));
}
