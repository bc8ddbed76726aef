import { BODY, MEETING, OF_UN } from './bodyConvened.js';
import { candidate, type Cue } from './Candidate.js';

// Round 35h (by the convention decided at round 21's merge: a body that convenes in the sentence
// that convenes is the convener): a meeting named with the body that holds it in a relative
// clause ("the panel discussion that the Human Rights Council will hold at its next session on
// …", `la mesa redonda que el Consejo de Derechos Humanos dedicará … al derecho …`, `la
// réunion-débat que le Conseil des droits de l'homme consacrera à …`) is convened by that body,
// as one the body "will hold" in a main clause is (convenerCues.ts `bodyConvenes`). Named as the
// note names it; the Security Council is not among the bodies, its meetings being its presidency's.

const HOLDS = String.raw`(?:will\s+(?:hold|convene|organi[sz]e|devote)|tiendra|convoquera|organisera|consacrera|celebrará|convocará|organizará|dedicará)`;
const BODY_HOLDS_MEETING = new RegExp(
  String.raw`(?<![\p{L}])${MEETING}(?:[\s-]+[\p{L}]+){0,2}?\s+(?:that|which|que)\s+((?:the|la|le|el|l['’])\s*${BODY}${OF_UN})\s+${HOLDS}(?![\p{L}])`,
  'iu',
);

export const bodyHoldsMeeting: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const body = BODY_HOLDS_MEETING.exec(text)?.[1];
    return body ? [candidate(body, 0.7, text, 'bodyHoldsMeeting')] : [];
  });
