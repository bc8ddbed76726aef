import { findMemberState } from '../findMemberState.js';
import { actorList, splitActors } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';

// Round 22 (the convention decided at round 18's merge): a State that requests an
// Arria-formula meeting convenes it, as one that organizes or co-hosts it does. "at the request
// of Ireland and Mexico", `à la demande de l'Angola`, `a solicitud del Perú`, `demandée par le
// Maroc`: only in a note about such a meeting, and only when every name is a State, so "at the
// request of the Secretary-General" names no one.

const REQUEST =
  /(?<![\p{L}])(?:at\s+the\s+request\s+of|requested\s+by|à\s+la\s+demande\s+(des|du|de|d['’])(?![\p{L}])|(?:demandée?|sollicitée?)\s+par|a\s+(?:solicitud|petición|pedido|instancias)\s+(del|de)(?![\p{L}])|(?:solicitad|pedid)[oa]\s+por)\s*(.+)$/iu;
const ARRIA = /\bArria\b/iu;

// The article a French or Spanish preposition swallowed: `du Maroc` is `le Maroc`, `del Perú`
// is `el Perú`, `des Pays-Bas` is `les Pays-Bas`.
const ARTICLE_OF: Readonly<Record<string, string>> = { du: 'le ', des: 'les ', del: 'el ' };

function requestingStates(text: string): string | null {
  const match = REQUEST.exec(text);
  if (!match) return null;
  const preposition = (match[1] ?? match[2] ?? '').toLowerCase();
  const named = `${ARTICLE_OF[preposition] ?? ''}${match[3] ?? ''}`.replace(/[’]/gu, "'");
  const list = actorList(named);
  const states = list ? splitActors(list) : [];
  return states.length > 0 && states.every((part) => findMemberState(part) !== null) ? list : null;
}

export const requestedBy: Cue<string> = ({ sentences }) => {
  if (!sentences.some(({ text }) => ARRIA.test(text))) return [];
  return sentences.flatMap(({ text }) => {
    const states = requestingStates(text);
    return states ? [candidate(states, 0.65, text, 'requestedBy')] : [];
  });
};
