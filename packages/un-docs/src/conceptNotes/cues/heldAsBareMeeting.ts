import { isEnglishQualifier } from './formatQualifiers.js';

// Round w38at: the form a note gives its meeting may be the bare kind, the article dropped as a
// web page drops it (“This event will be held as hybrid meeting”, “will be held as virtual
// meeting”, `se tiendra sous forme de réunion virtuelle`, `se celebrará como reunión virtual`):
// `meeting`, as a bare `meeting` is elsewhere, with a qualifier of the closed list kept (“held
// as an annual meeting”) and other words (“hybrid”, “virtual”, `virtuelle`) left out, as the
// convention on qualifiers (round 18's merge) says.

const BARE =
  /^\s*(?:(?:an?|une|una)\s+)?(?:([\p{L}-]+)\s+)?(?:meeting|réunion|reunión)(?![\p{L}])/iu;

/** The bare kind at the start of the words after "held as", or null. */
export function heldAsBareMeeting(after: string): string | null {
  const match = BARE.exec(after);
  if (!match) return null;
  const word = match[1];
  return word && isEnglishQualifier(word) ? `${word.toLowerCase()} meeting` : 'meeting';
}
