import { FORWARD, recordsPast } from '../sentenceTense.js';
import { candidate, type Cue } from './Candidate.js';

// Round 13b: a body's own annual session, in a sentence looking ahead to it ("… members of the
// Peacebuilding Commission at the opening of its first annual session, to be held on …",
// `les membres de la Commission de consolidation de la paix à l'ouverture de sa session
// annuelle, qui se tiendra …`): the body convenes it, named as the note names it. The Security Council's
// meetings are its presidency's, so it is not among these bodies.

const BODY = String.raw`(?:Peacebuilding Commission|Economic and Social Council|Human Rights Council|General Assembly|Commission de consolidation de la paix|Conseil économique et social|Conseil des droits de l['’]homme|Assemblée générale|Comisión de Consolidación de la Paz|Consejo Económico y Social|Consejo de Derechos Humanos|Asamblea General)`;
const ANNUAL_SESSION = String.raw`(?:annual\s+session|session\s+annuelle|período\s+de\s+sesiones\s+anual)`;
// "the Peacebuilding Commission … its first annual session", `la Comisión … su período de
// sesiones anual`.
const ITS_SESSION = new RegExp(
  String.raw`(?<![\p{L}])(the|la|le|el)\s+(${BODY})(?![\p{L}])[^.;]{0,80}?\b(?:its|sa|su)\s+(?:[\p{L}-]+\s+){0,2}?${ANNUAL_SESSION}(?![\p{L}])`,
  'iu',
);
// "the annual session of the Peacebuilding Commission", without the possessive, names the
// session but not who holds it: a Chair's letter about it (r12b-pbc-letterhead-office-lines)
// names no convener.
function named(text: string): string | null {
  const its = ITS_SESSION.exec(text);
  return its?.[1] && its[2] ? `${its[1].toLowerCase()} ${its[2]}` : null;
}

export const sessionConvener: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const body = FORWARD.test(text) && !recordsPast(text) ? named(text) : null;
    return body ? [candidate(body, 0.6, text, 'sessionConvener')] : [];
  });
