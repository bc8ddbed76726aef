import { findDates, withYear } from '../../dates/findDates.js';
import type { NoteSentence } from '../NoteText.js';
import { aboutApplying } from './applyingToAttend.js';
import { aboutAttending, aboutTheFloor } from './speakersList.js';

// Round t43d: a deadline stated on its own, by its noun ("It is anticipated that the deadline for
// indicating a preferred time will be Monday, 5 June", "The deadline is 3 May", `La date limite
// sera le 4 mai`, `El plazo vence el 4 de mayo`), names no act of its own: in a passage about the
// list of speakers (a sentence about the floor among the three before it or right after it, in the
// same paragraph) it is the floor's deadline. One about attending or applying is not.
const DEADLINE_IS =
  /(?<![\p{L}])(?:deadline|date\s+limite|fecha\s+l[ií]mite|plazo)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:is|will\s+be|would\s+be|est|sera|es|será|vence)\s+(?:(?:on|le|el)\s+)?(?:\p{L}+,?\s+)?$/iu;

function namedDeadline(text: string): string | null {
  const date = findDates(text).find(({ index }) =>
    DEADLINE_IS.test(text.slice(Math.max(0, index - 120), index)),
  );
  return date?.iso ?? null;
}

/** The deadline a sentence beside the floor's gives by naming it, a missing year from the meeting. */
export function floorDeadlineBeside(
  sentences: readonly NoteSentence[],
  meetingDate: string | null,
): string | null {
  for (const [index, sentence] of sentences.entries()) {
    const { text, block } = sentence;
    if (aboutTheFloor(text) || aboutAttending(text) || aboutApplying(text)) continue;
    const date = namedDeadline(text);
    if (!date) continue;
    const beside = [...sentences.slice(Math.max(0, index - 3), index), sentences[index + 1]];
    if (beside.some((other) => other?.block === block && aboutTheFloor(other.text)))
      return withYear(date, meetingDate);
  }
  return null;
}
