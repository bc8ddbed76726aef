import { findMemberState, findMemberStates } from '../findMemberState.js';
import { joinActors } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';

// A letter's conveners as its signature block names them: "(Signed) Vanessa Frazier /
// Permanent Representative of Malta …", one per signatory. They convene when the letter
// speaks in their name — "we" (or "the co-facilitators", "the co-hosts") as the subject of
// inviting, convening, hosting or holding — whatever the wording around the verb.

const REPRESENTATIVE =
  /\b(?:(?:Deputy\s+)?Permanent\s+Representative|Chargée?\s+d['’]affaires(?:\s+a\.\s?i\.)?|Représentante?\s+permanente?|Representante\s+Permanente)\s+(?:of|de|du|de\s+la|del)\s+(?:the\s+)?(.+?)(?:\s+(?:to|auprès de|ante)\s+.*)?$/iu;
// Spanish and French say "we" in the verb: "Tenemos el honor de invitar", "Avons le plaisir".
const SPEAKS_FOR_SIGNATORIES =
  /\b(?:we|nous|nosotros)\b[^.]{0,80}?\b(?:invite|inviter|invitar|convene|convoquer|convocar|host|hold|organi[sz]e|organiser|organizar|co-host)\b|\b(?:tenemos|nos complace|avons)\b[^.]{0,40}?\b(?:invitar|convocar|organizar|inviter|convoquer|organiser)\b|\b(?:invitamos|convocamos|organizamos)\b|\bthe\s+co-?(?:facilitators|chairs|hosts|organi[sz]ers)\s+(?:will|intend to|are pleased to)\s+(?:hold|convene|host|organi[sz]e|invite)\b/iu;
const SIGNATURE_BLOCKS = 8;

export const signatureStates: Cue<string> = ({ blocks, sentences }) => {
  const speaking = sentences.find(({ text }) => SPEAKS_FOR_SIGNATORIES.test(text));
  if (!speaking) return [];
  const states = blocks
    .slice(-SIGNATURE_BLOCKS)
    .flatMap((block) => block.split('\n'))
    .flatMap((line) => representativesOf(line.trim()))
    .flatMap((name) => {
      const state = name ? findMemberState(name) : null;
      return state && name ? [name.replace(/[\s.,]+$/u, '')] : [];
    });
  const unique = [...new Set(states)];
  return unique.length > 0
    ? [candidate(joinActors(unique, conjunction(blocks)), 0.6, speaking.text, 'signatureStates')]
    : [];
};

// A letter flattened to one line names several representatives in it: "from H.E. Ms. Gillian
// Bird, Permanent Representative of Australia and H.E. Mr. Martin Garcia Moritan, Permanent
// Representative of Argentina, Co-Facilitators to lead …". Each names the State that stands
// right after its "of", as the note spells it.
const REPRESENTATIVE_OF =
  /\b(?:(?:Deputy\s+)?Permanent\s+Representative|Chargée?\s+d['’]affaires(?:\s+a\.\s?i\.)?|Représentante?\s+permanente?|Representante\s+Permanente)\s+(?:of|de|du|de\s+la|del)\s+(?:the\s+)?/giu;

function representativesOf(line: string): string[] {
  const starts = [...line.matchAll(REPRESENTATIVE_OF)].map(
    (match) => match.index + match[0].length,
  );
  if (starts.length < 2) {
    const name = REPRESENTATIVE.exec(line)?.[1];
    return name ? [name] : [];
  }
  return starts.flatMap((start) => {
    const first = findMemberStates(line.slice(start, start + 80))[0];
    if (first?.index !== 0) return [];
    const spelled = line
      .slice(start)
      .split(/\s*[,;]\s*|\s+and\s+(?=H\.\s?E\.|Mr\.|Ms\.|Mrs\.|His\b|Her\b)|\s+to\s+/u)[0];
    return spelled ? [spelled] : [];
  });
}

/** The note's own "and": States stay in the note's language ("México y Noruega"). */
function conjunction(blocks: readonly string[]): string {
  const signed = blocks.slice(-SIGNATURE_BLOCKS).join('\n');
  if (/Representante\s+Permanente/u.test(signed)) return 'y';
  if (/Représentante?\s+permanente?/iu.test(signed)) return 'et';
  return 'and';
}
/**
 * The States that persons are named for: "H.E. Mr. Fergal Mythen, Permanent Representative
 * of Ireland; H.E. Ms. Njambi Kinyungu, Deputy Permanent Representative of Kenya" → Ireland,
 * Kenya. Empty unless every person listed is named for a State.
 */
export function representedStates(list: string): string[] {
  const people = list.split(/\s*;\s*|\n/u).filter((part) => part.trim() !== '');
  const states = people.map((person) => {
    const name = REPRESENTATIVE.exec(person)?.[1]?.replace(/[\s.,]+$/u, '');
    return name && findMemberState(name) ? name : null;
  });
  return states.every((state) => state !== null) ? [...new Set(states as string[])] : [];
}
