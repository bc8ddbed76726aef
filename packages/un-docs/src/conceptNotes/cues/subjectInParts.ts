// Round h14t: an e-mail's subject filed in parts set off by spaced dashes ("Informal interactive
// dialogue – human rights of older persons – 3 March", `CCP – réunion au niveau des ambassadeurs,
// 23 mars – résilience climatique …`) is a label, not a title. The parts naming the kind, a body
// or an acronym, or a date are dropped; the one part left is the subject as the label shortens
// it, so it ranks below a sentence naming the meeting's subject in full (themeFieldCues.ts).
import { findDates } from '../../dates/findDates.js';
import { isMeetingKindLabel, namesNothingElse } from './meetingKinds.js';

const PART_CUT = /\s+[–—-]\s+/u;
const ACRONYM = /^[\p{Lu}\d]{2,8}$/u;

/** The subject part of a subject line in three or more dashed parts, or null. */
export function subjectPart(subject: string): string | null {
  const parts = subject
    .split(PART_CUT)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 3) return null;
  const kept = parts.filter(
    (part) =>
      !ACRONYM.test(part) &&
      findDates(part).length === 0 &&
      !isMeetingKindLabel(part) &&
      !namesNothingElse(part),
  );
  return kept.length === 1 && parts.length - kept.length >= 2 ? (kept[0] ?? null) : null;
}
