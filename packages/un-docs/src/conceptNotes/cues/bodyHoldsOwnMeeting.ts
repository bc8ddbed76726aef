import { actorList } from './actorList.js';
import { BODY, MEETING, OF_UN } from './bodyConvened.js';
import { candidate, type Cue } from './Candidate.js';
import { ROMANCE_HOLDS } from './bodyHoldsRomance.js';
import { STANDING_BODIES } from './standingBodies.js';

// Session 26 (round t41c), by the convention decided at round 21's merge (a body that convenes in
// the sentence that convenes is the convener): two shapes `convenerCues.ts` read only for the
// principal organs, or not at all.
// - Any body of the closed list (the principal organs and the standing bodies of
//   `standingBodies.ts`: the functional commissions, the programmes' assemblies) holding a new
//   meeting in the future: “la Commission du développement social tiendra une table ronde
//   ministérielle”, “The Commission on the Status of Women will hold an interactive dialogue”,
//   `la Comisión de Estadística celebrará una reunión`.
// - A body of that list readying or announcing its own next meeting, in any tense of any verb:
//   “El Consejo Económico y Social de las Naciones Unidas (ECOSOC) prepara su próxima reunión
//   especial”, “The Commission on Population and Development is preparing its upcoming session”,
//   `le Conseil économique et social annonce sa prochaine réunion`. “Its next” ties the meeting to
//   the body the verb's subject names.
// Named as the note names it, its acronym in brackets an aside. A principal organ that will hold a
// new meeting is left to convenerCues.ts's bodyConvenes (its shapes and the corpus's readings of it
// were settled there); here only the standing bodies, and any body's own next meeting. The Security Council is not among
// the bodies, its meetings being its presidency's; a body named as the office's (“the President of
// the General Assembly will hold”) is no subject, the office is (officeConvenes).

const STANDING = STANDING_BODIES.map(([, pattern]) => pattern.source).join('|');
const named = (bodies: string): string =>
  String.raw`(?<!(?:of|de|du|del|des)\s+)((?:the|la|le|el|l['’])\s*(?:${bodies})${OF_UN})(?:\s+\([A-Z]{2,8}\))?`;
const NEW_MEETING = String.raw`(?:(?:will|shall)\s+(?:hold|convene|organi[sz]e|host)|${ROMANCE_HOLDS})\s+(?:an?|une?|una?)\s+(?:[\p{L}-]+\s+){0,3}?${MEETING}`;
// The verb, an auxiliary before it at most; a preposition ("at its next session") makes the body
// the place another thing goes to, not the meeting's holder.
const VERB = String.raw`(?:(?:is|are|has|have|will|está|a)\s+)?(?!(?:at|in|to|for|during|before|with|à|a|en|lors|pour|avant|durante|para|antes|con)\s)[\p{L}-]+\s+`;
const OWN_NEXT = String.raw`${VERB}(?:its|sa|son|su)\s+(?:next|upcoming|forthcoming|prochaine?|próxim[oa])\s+(?:[\p{L}-]+\s+){0,2}?${MEETING}`;
// A principal organ holding a new meeting is read by convenerCues.ts (bodyConvenes), where the
// corpus's readings of it are settled; only a standing body's is read here.
const STANDING_HOLDS = new RegExp(
  String.raw`(?<![\p{L}])${named(STANDING)}\s+${NEW_MEETING}(?![\p{L}])`,
  'iu',
);
const HOLDS_NEXT = new RegExp(
  String.raw`(?<![\p{L}])${named(`${BODY}|${STANDING}`)}\s+${OWN_NEXT}(?![\p{L}])`,
  'iu',
);

/** The body a sentence says will hold a meeting, or readies its own next one, or null. */
export function bodyHoldingOwnMeeting(sentence: string): string | null {
  const body = (STANDING_HOLDS.exec(sentence) ?? HOLDS_NEXT.exec(sentence))?.[1];
  return body ? actorList(body) : null;
}

export const bodyHoldsOwnMeeting: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const body = bodyHoldingOwnMeeting(text);
    return body ? [candidate(body, 0.7, text, 'bodyHoldsOwnMeeting')] : [];
  });
