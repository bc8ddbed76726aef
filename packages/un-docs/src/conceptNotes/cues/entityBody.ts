import type { Candidate } from './Candidate.js';

// A workshop or course that a UN institute, department, programme or fund organizes for
// delegates is that entity's, not a meeting of the body it teaches about ("Workshop:
// Negotiating and drafting Security Council products", organized by UNITAR). Its body is
// kept only when a cue ties the body to the meeting itself (a header line naming the body,
// "a meeting of the Council"), not when the body is merely named in the title or the text.

const ENTITY =
  /\b(?:Institute|Institut|Instituto|Department|Département|Departamento|Programme|Programa|Fund|Fonds|Fondo)\b/u;
const TIED_CUES = new Set(['headerLine', 'meetingOfBody']);

export function bodyOfEntityMeeting(
  body: Candidate<string> | null,
  convener: Candidate<string> | null,
): Candidate<string> | null {
  if (!body || !convener || !ENTITY.test(convener.value)) return body;
  return TIED_CUES.has(body.cue) ? body : null;
}
