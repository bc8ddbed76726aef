import { BODY_NAMES } from './bodyNames.js';

// Round 32a: a message's subject line that names only the kind of document it carries and the
// body ("TR: pistes de réflexion – Conseil des droits de l'homme", "FW: Guiding questions –
// Security Council", `RV: Preguntas orientadoras - Consejo Económico y Social`) says what the
// message holds, not what the meeting is about: it is no theme (the convention "nothing is
// invented"), as a running header naming the body and "Concept Note" is none (subjectOf.ts).

const DOCUMENT_KINDS = String.raw`(?:(?:draft\s+)?concept\s+note|guiding\s+questions|questions\s+(?:for|to\s+guide)\s+(?:the\s+)?(?:discussion|debate|dialogue)|(?:projet\s+de\s+)?note\s+(?:conceptuelle|de\s+cadrage)|pistes\s+de\s+réflexion|questions\s+directrices|questions\s+d['’]orientation|(?:borrador\s+de\s+)?nota\s+(?:conceptual|de\s+concepto)|preguntas\s+(?:orientadoras|guía|rectoras))`;
const BODY = BODY_NAMES.map(([, pattern]) => pattern.source).join('|');
const KIND_AND_BODY = new RegExp(
  String.raw`^(?:(?:the\s+|le\s+|la\s+|el\s+|l['’])?(?:${BODY})\s*[–—:|-]\s*)?${DOCUMENT_KINDS}(?:\s*[–—:|-]\s*(?:the\s+|le\s+|la\s+|el\s+|l['’])?(?:${BODY}))?[\s.]*$`,
  'iu',
);

/** Whether a subject line names only a document's kind, and perhaps the body. */
export function namesOnlyDocumentKind(subject: string): boolean {
  return KIND_AND_BODY.test(subject.trim());
}
