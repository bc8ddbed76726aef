import { findDates, withYear } from '../dates/findDates.js';
import type { Submission } from './ConceptNote.js';
import type { NoteText } from './NoteText.js';

// Where and by when written statements go. Only an address given for statements counts:
// a contact for the list of speakers is not a submission address.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
const SUBMIT =
  /\b(?:submi|statements?\b|sen[dt]\b|transmi|forward|written|déclarations?|adress|envoy|declaraciones|envi|remit)/iu;
const DEADLINE =
  /\b(?:submi|deadline|no later than|statements?\b.*\bby\b|sen[dt]\b.*\bby\b|au plus tard|avant le|a más tardar|antes del)/iu;
const MEETING_DAY =
  /\b(?:no later than|by|before|on|prior to)\s+the\s+(?:(?:day|date|start)\s+of\s+the\s+)?meeting\b/i;

function deadlineIn(sentence: string, meetingDate: string | null): string | null {
  const dated = findDates(sentence)[0];
  if (dated) return withYear(dated.iso, meetingDate);
  return MEETING_DAY.test(sentence) ? meetingDate : null;
}

// Statements uploaded to a portal ("the e-Statements portal", "el portal", "le portail")
// have no address, but their deadline is the note's.
const PORTAL =
  /\be-?statements\b|\bportal\b|\bportail\b|\bupload|\btélécharg|\bcargar(?:se|las)?\b|\bsubir\b/iu;

export function findSubmission({ sentences }: NoteText, meetingDate: string | null): Submission {
  const at = sentences.findIndex(({ text }) => EMAIL.test(text) && SUBMIT.test(text));
  if (at < 0) {
    const portal = sentences.find(({ text }) => PORTAL.test(text) && SUBMIT.test(text));
    const deadline =
      portal && DEADLINE.test(portal.text) ? deadlineIn(portal.text, meetingDate) : null;
    return { email: null, deadline };
  }
  const email = EMAIL.exec(sentences[at]?.text ?? '')?.[0].replace(/\.$/, '') ?? null;
  // The deadline is usually in the same sentence or the one after it.
  const nearby = sentences.slice(at, at + 2).concat(sentences);
  for (const { text } of nearby) {
    const deadline =
      DEADLINE.test(text) || text === sentences[at]?.text ? deadlineIn(text, meetingDate) : null;
    if (deadline) return { email, deadline };
  }
  return { email, deadline: null };
}
