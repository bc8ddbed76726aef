import { findMemberStates, namesOnlyAState } from '../findMemberState.js';
import { joinActors } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';

// Round t42c: co-facilitators (or co-chairs) who will hold the meeting convene it when no sentence
// names another convener (round 17's merge), named by their States as the note names them: in
// brackets after their title or what they facilitate ("The co-facilitators of the informal
// consultations on … (Belize and Denmark)", "the co-facilitators (the Ambassadors of Belize and
// Denmark)", `los cofacilitadores (Fiji y Portugal)`), or by the representatives it names ("the
// co-facilitators …, H.E. Ms. …, Permanent Representative of Nauru, and H.E. Mr. …, Permanent
// Representative of Italy"). They hold it when a sentence says they or "we" will convene or hold
// it, or the message is sent on their behalf. Weak (0.55): the title may only name who
// negotiates a text for the office that convenes, which another cue then names more surely.

const ROLE =
  /(?<![\p{L}])(?:co-?facilitators|co-?chairs|cofacilitateurs|cofacilitatrices|cofacilitadores|cofacilitadoras|coprésidents|copresidentes)(?![\p{L}])/iu;
const HOLD =
  /(?<![\p{L}])(?:(?:co-?facilitators|co-?chairs|they|we)\s+(?:will|shall|would|intend\s+to|plan\s+to)\s+(?:convene|hold|host|organi[sz]e)|on\s+behalf\s+of\s+the\s+co-?(?:facilitators|chairs)|(?:cofacilitateurs|coprésidents)\s+(?:convoqueront|tiendront|organiseront)|au\s+nom\s+des\s+(?:cofacilitateurs|coprésidents)|(?:cofacilitador[ae]s|copresidentes)\s+(?:convocarán|celebrarán|organizarán)|en\s+nombre\s+de\s+l[oa]s\s+(?:cofacilitador[ae]s|copresidentes))(?![\p{L}])/iu;
const ENVOYS =
  /^(?:the\s+|les\s+|los\s+)?(?:Ambassadors|Permanent\s+Representatives|Ambassadeurs|Représentants\s+permanents|Embajadores|Representantes\s+Permanentes)\s+(?:of|de|des|du)\s+/iu;
const LIST_SEPARATOR = /\s*,\s*|\s+(?:and|et|y)\s+/u;
const REPRESENTATIVE_OF =
  /(?<![\p{L}])(?:Permanent\s+Representative|Représentante?\s+permanente?|Representante\s+Permanente)\s+(?:of|de|du|del)\s+(?:the\s+)?/giu;

/** A bracket after the title naming only States ("(Belize and Denmark)"), without its "Ambassadors of". */
function bracketedStates(after: string): string | null {
  for (const bracket of after.matchAll(/\(([^()]{3,120})\)/gu)) {
    const named = (bracket[1] ?? '').replace(ENVOYS, '').trim();
    const parts = named.split(LIST_SEPARATOR);
    if (parts.length >= 2 && parts.every((part) => namesOnlyAState(part))) return named;
  }
  return null;
}

/** The State's name at the start of `words`, as spelled there, without the words after it. */
function stateAsSpelled(words: string): string | null {
  const kept = words.split(/\s+/u);
  while (kept.length > 0 && !namesOnlyAState(kept.join(' '))) kept.pop();
  return kept.length > 0 ? kept.join(' ') : null;
}

/** The States of the Permanent Representatives named after the title, when two or more are. */
function representedAfter(after: string): string | null {
  const states = [...after.matchAll(REPRESENTATIVE_OF)].flatMap((title) => {
    const rest = after.slice(title.index + title[0].length);
    const first = findMemberStates(rest.slice(0, 80))[0];
    const spelled = stateAsSpelled(rest.split(/\s*[,;.]\s*|\s+(?:and|to)\s+/u)[0] ?? '');
    return first?.index === 0 && spelled ? [spelled] : [];
  });
  return states.length >= 2 ? joinActors([...new Set(states)]) : null;
}

export const coFacilitatorStates: Cue<string> = ({ sentences }) => {
  if (!sentences.some(({ text }) => HOLD.test(text))) return [];
  return sentences.flatMap(({ text }, index) => {
    const role = ROLE.exec(text);
    if (!role) return [];
    // A letter's opening may break the names onto the lines after the title.
    const following = sentences
      .slice(index, index + 4)
      .map((sentence) => sentence.text)
      .join(' ');
    const at = following.indexOf(text) + role.index + role[0].length;
    const after = following.slice(at, at + 400);
    const states = bracketedStates(after) ?? representedAfter(after);
    return states ? [candidate(states, 0.55, text, 'coFacilitatorStates')] : [];
  });
};
