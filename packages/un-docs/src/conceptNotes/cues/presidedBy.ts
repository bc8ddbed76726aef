import { findMemberState } from '../findMemberState.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { recordsPast } from '../meetingAhead.js';
import { stateOfAdjective, stateOfRomanceAdjective } from '../stateAdjectives.js';
import { candidate, type Candidate } from './Candidate.js';

// Round 18 (the convention "the presidency is read from who presides"): a Council meeting that
// a State's minister, head of State or Government or ambassador will chair is held under that
// State's presidency: "The session is expected to be chaired by South Korea's Foreign
// Minister", "Norway's Foreign Minister will chair the meeting", `La ministre norvégienne des
// affaires étrangères devrait présider la séance`, `será presidido por el canciller chileno`.
// Only a sentence that looks ahead to the chairing counts; an Arria-formula meeting's chair is
// its convener's, which findConvening keeps apart.

const PRESIDES_AHEAD =
  /(?<![\p{L}])(?:(?:will|is expected to|are expected to|is to|to)\s+(?:be\s+)?(?:chair(?:ed)?|presid(?:e|ed))|présidera|devrait\s+présider|sera\s+présidée?|presidirá|será\s+presidid[oa]|estará\s+presidid[oa])(?![\p{L}])/iu;

const TITLE = String.raw`(?:Deputy\s+|Vice[- ])?(?:Prime\s+Minister|President|Foreign\s+Minister|Minister|Ambassador|Permanent\s+Representative|Secretary\s+of\s+State)`;
// "South Korea's Foreign Minister", "Guinea’s Ambassador".
const POSSESSIVE = new RegExp(
  String.raw`(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+${TITLE}`,
  'u',
);
// "the Greek Minister for Foreign Affairs".
const ADJECTIVE = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}{3,})\s+${TITLE}`, 'u');
// `la ministre norvégienne`, `el canciller chileno`, `le président sénégalais`.
const ROMANCE =
  /(?<![\p{L}])(?:ministre|président|présidente|ambassadeur|ambassadrice|ministro|ministra|canciller|presidente|presidenta|embajador|embajadora)\s+(\p{Ll}{4,})(?![\p{L}])/iu;

function presiderState(sentence: string): string | null {
  const owner = POSSESSIVE.exec(sentence)?.[1];
  const byOwner = owner ? findMemberState(owner) : null;
  if (byOwner) return byOwner;
  const adjective = ADJECTIVE.exec(sentence)?.[1];
  const byAdjective = adjective ? stateOfAdjective(adjective) : null;
  if (byAdjective) return byAdjective;
  const romance = ROMANCE.exec(sentence)?.[1];
  return romance ? stateOfRomanceAdjective(romance) : null;
}

/** The State whose representative will preside over the meeting. */
export function presidedBy({ sentences }: NoteLayout): Candidate<string>[] {
  return sentences.flatMap(({ text }) => {
    if (!PRESIDES_AHEAD.test(text) || recordsPast(text)) return [];
    const state = presiderState(text);
    return state ? [candidate(state, 0.7, text, 'presidedBy')] : [];
  });
}
