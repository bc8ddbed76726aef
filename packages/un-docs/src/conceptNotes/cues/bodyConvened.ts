import { candidate, type Cue } from './Candidate.js';

// Round 24 (decided at round 21's merge: a body that convenes in the sentence that convenes is
// the convener): a body that "convened" a meeting ahead in the past tense (`la Asamblea General
// convocó una reunión de alto nivel`, `le Conseil économique et social a convoqué une réunion
// spéciale`, "the General Assembly has convened a high-level meeting") convenes it, named as the
// note names it, with the United Nations if the note adds it (`la Asamblea General de la ONU`).
// The verb must have a new meeting for its object (an indefinite article): "convened its
// annual session" recalls one. A body that "decided … to convene" mandates the meeting and is
// read by `convenerCues.ts` as before. The Security Council is not among the bodies: its
// meetings are its presidency's.

export const BODY = String.raw`(?:General Assembly|Economic and Social Council|Human Rights Council|Peacebuilding Commission|Assemblée générale|Conseil économique et social|Conseil des droits de l['’]homme|Commission de consolidation de la paix|Asamblea General|Consejo Económico y Social|Consejo de Derechos Humanos|Comisión de Consolidación de la Paz)`;
export const OF_UN = String.raw`(?:\s+(?:of\s+the\s+United\s+Nations|de\s+l['’]ONU|des\s+Nations\s+Unies|de\s+la\s+ONU|de\s+las\s+Naciones\s+Unidas))?`;
export const MEETING = String.raw`(?:meeting|debate|dialogue|session|panel|event|hearing|réunion|débat|dialogue|séance|table\s+ronde|reunión|debate|diálogo|sesión|mesa\s+redonda)`;
const CONVENED = String.raw`(?:(?:has\s+)?convened\s+an?|a\s+convoqué\s+une?|convocó\s+una?|ha\s+convocado\s+una?)\s+(?:[\p{L}-]+\s+){0,3}?${MEETING}(?![\p{L}])`;

const BODY_CONVENED = new RegExp(
  String.raw`(?<![\p{L}])((?:the|la|le|el|l['’])\s*${BODY}${OF_UN})\s+${CONVENED}`,
  'iu',
);

export const bodyConvened: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const body = BODY_CONVENED.exec(text)?.[1];
    return body ? [candidate(body, 0.7, text, 'bodyConvened')] : [];
  });
