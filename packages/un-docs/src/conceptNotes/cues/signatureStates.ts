import { findMemberState } from '../findMemberState.js';
import { joinActors } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';

// A letter's conveners as its signature block names them: "(Signed) Vanessa Frazier /
// Permanent Representative of Malta …", one per signatory. They convene when the letter
// speaks in their name — "we" (or "the co-facilitators", "the co-hosts") as the subject of
// inviting, convening, hosting or holding — whatever the wording around the verb.

const REPRESENTATIVE =
  /\b(?:Permanent\s+Representative|Chargée?\s+d['’]affaires(?:\s+a\.\s?i\.)?|Représentante?\s+permanente?|Representante\s+Permanente)\s+(?:of|de|du|de\s+la|del)\s+(?:the\s+)?(.+?)(?:\s+(?:to|auprès de|ante)\s+.*)?$/iu;
const SPEAKS_FOR_SIGNATORIES =
  /\b(?:we|nous|nosotros)\b[^.]{0,80}?\b(?:invite|inviter|invitar|convene|convoquer|convocar|host|hold|organi[sz]e|organiser|organizar|co-host)\b|\bthe\s+co-?(?:facilitators|chairs|hosts|organi[sz]ers)\s+(?:will|intend to|are pleased to)\s+(?:hold|convene|host|organi[sz]e|invite)\b/iu;
const SIGNATURE_BLOCKS = 8;

export const signatureStates: Cue<string> = ({ blocks, sentences }) => {
  const speaking = sentences.find(({ text }) => SPEAKS_FOR_SIGNATORIES.test(text));
  if (!speaking) return [];
  const states = blocks
    .slice(-SIGNATURE_BLOCKS)
    .flatMap((block) => block.split('\n'))
    .map((line) => REPRESENTATIVE.exec(line.trim())?.[1])
    .flatMap((name) => {
      const state = name ? findMemberState(name) : null;
      return state && name ? [name.replace(/[\s.,]+$/u, '')] : [];
    });
  const unique = [...new Set(states)];
  return unique.length > 0
    ? [candidate(joinActors(unique), 0.6, speaking.text, 'signatureStates')]
    : [];
};
