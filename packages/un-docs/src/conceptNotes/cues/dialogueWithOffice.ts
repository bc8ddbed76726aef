import { candidate, type Cue } from './Candidate.js';

// Round 13a: those invited to a dialogue or meeting "with the President of the General
// Assembly" (`à un dialogue … avec le Président de …`, `a un diálogo … con el Presidente de …`)
// meet the office that holds it: the office convenes, when nothing surer names a convener.

const BODY = String.raw`(?:Peacebuilding Commission|Human Rights Council|Economic and Social Council|General Assembly|Security Council|ECOSOC|PBC|HRC|Assemblée générale|Conseil (?:économique et social|des droits de l['’]homme|de sécurité)|Commission de consolidation de la paix|Asamblea General|Consejo (?:Económico y Social|de Derechos Humanos|de Seguridad)|Comisión de Consolidación de la Paz)`;
const OFFICE = String.raw`(?:the\s+(?:Vice-)?(?:President|Chair)\s+of\s+(?:the\s+)?|(?:le|la)\s+(?:Vice-)?Présidente?\s+(?:de\s+l['’]|du\s+|de\s+la\s+)|(?:el|la)\s+(?:Vice)?(?:Presidente|Presidenta)\s+(?:de\s+la\s+|del\s+))${BODY}`;
const MEETING = String.raw`(?:dialogue|meeting|briefing|exchange|consultation|réunion|échange|diálogo|reunión|intercambio)`;
const INVITED_WITH = new RegExp(
  String.raw`\b(?:(?:are|is)\s+(?:cordially\s+)?invited|sont\s+invitée?s|est\s+invitée?|(?:se\s+)?invita(?:n)?)\b[^.]{0,80}?\b(?:to|à|a)\s+(?:an?|un|une)\s+(?:[\p{L}-]+\s+){0,3}?${MEETING}\s+(?:[\p{L}-]+\s+){0,2}?(?:with|avec|con)\s+(${OFFICE})`,
  'iu',
);

export const dialogueWithOffice: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const office = INVITED_WITH.exec(text)?.[1];
    return office ? [candidate(office, 0.45, text, 'dialogueWithOffice')] : [];
  });
