import { findDates } from '../../dates/findDates.js';

// Round w38bt: the floor's deadline given as a field ("Deadline to register to speak: Wednesday,
// 3 November 2027", `Date limite d'inscription sur la liste des orateurs : vendredi 10 septembre
// 2027`, `Plazo para inscribirse en la lista de oradores: …`): the label names the deadline, so
// the date after it needs no "by" before it. speakersList.ts reads it only in a line about the
// floor, and it is the submission's only when the note gives no deadline for written statements.
const DEADLINE_LABEL =
  /^\s*(?:[-•*]\s*)?[^:.]{0,80}(?<![\p{L}])(?:deadline|date\s+limite|délai|plazo|fecha\s+l[ií]mite)(?![\p{L}])[^:.]{0,80}:/iu;

/** The date (ISO, a year perhaps missing) a deadline field gives, or null. */
export function deadlineFieldDate(text: string): string | null {
  const label = DEADLINE_LABEL.exec(text)?.[0];
  return label === undefined ? null : (findDates(text.slice(label.length))[0]?.iso ?? null);
}
