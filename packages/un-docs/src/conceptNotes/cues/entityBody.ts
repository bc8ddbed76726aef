import type { Candidate } from './Candidate.js';
import { ENTITY_WORD } from './organizationWords.js';

// A workshop or course that a UN institute, department, programme or fund organizes for
// delegates is that entity's, not a meeting of the body it teaches about ("Workshop:
// Negotiating and drafting Security Council products", organized by UNITAR). Its body is
// kept only when a cue ties the body to the meeting itself (a header line naming the body,
// "a meeting of the Council"), not when the body is merely named in the title or the text.
// Round h12t: so is a panel or round table a research centre, a foundation, an academy, a
// university or a network holds (“the Geneva Centre will hold a panel discussion … to commemorate
// the 10th anniversary of the Human Rights Council”): the body is its subject.

const TIED_CUES = new Set(['headerLine', 'meetingOfBody']);

export function bodyOfEntityMeeting(
  body: Candidate<string> | null,
  convener: Candidate<string> | null,
): Candidate<string> | null {
  if (!body || !convener || !ENTITY_WORD.test(convener.value)) return body;
  return TIED_CUES.has(body.cue) ? body : null;
}
