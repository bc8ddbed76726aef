import { findMemberState } from '../findMemberState.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { recordsPast } from '../sentenceTense.js';
import { stateOfAdjective, stateOfRomanceAdjective } from '../stateAdjectives.js';
import { candidate, type Candidate } from './Candidate.js';
import { chairsForOtherBody } from './otherBodysPresident.js';
import { romanceTitleState } from './romanceTitleOf.js';
import { stateAsPresider } from './presidedByState.js';

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

// Round 20: "the Minister for Foreign Affairs and International Cooperation of Sierra Leone", "the
// Prime Minister of Ethiopia": the title's State after "of", before the holder's name. Round t42c:
// also in the lower case news gives titles ("The president of South Africa, Cyril Ramaphosa, is
// expected to chair the debate", "the foreign minister of Niger will preside").
const TITLE_OF = new RegExp(
  String.raw`${TITLE}\s+(?:(?:for|of)\s+[^,;.]{0,80}?\s+)?of\s+(?:the\s+)?([^,;.]{3,60})`,
  'iu',
);

function presiderState(sentence: string): string | null {
  const ofState = TITLE_OF.exec(sentence)?.[1];
  const byTitle = ofState ? findMemberState(ofState) : null;
  if (byTitle) return byTitle;
  const owner = POSSESSIVE.exec(sentence)?.[1];
  const byOwner = owner ? findMemberState(owner) : null;
  if (byOwner) return byOwner;
  const adjective = ADJECTIVE.exec(sentence)?.[1];
  const byAdjective = adjective ? stateOfAdjective(adjective) : null;
  if (byAdjective) return byAdjective;
  const romance = ROMANCE.exec(sentence)?.[1];
  const byRomance = romance ? stateOfRomanceAdjective(romance) : null;
  // Round w38bt: `la Ministra de Relaciones Exteriores de Panamá` (cues/romanceTitleOf.ts).
  // Round t43c: a State named alone after "chaired by", `presidida por` (cues/presidedByState.ts).
  return byRomance ?? romanceTitleState(sentence) ?? stateAsPresider(sentence);
}

// Round 20: a meeting "presided over by" a State's delegation, named by its adjective ("the Open
// Debate on Children and Armed Conflict, presided over by the French", "presided over by the
// Danish delegation"): the participle of a meeting the text does not record as held.
const PRESIDED_OVER_BY =
  /(?<![\p{L}])presided\s+over\s+by\s+(?:the\s+)?(\p{Lu}\p{Ll}{3,})(?![\p{L}])/u;

function presidedOverBy(text: string): string | null {
  const named = PRESIDED_OVER_BY.exec(text)?.[1];
  return named ? (stateOfAdjective(named) ?? findMemberState(named)) : null;
}

/** The State whose representative will preside over the meeting. */
export function presidedBy({ sentences }: NoteLayout): Candidate<string>[] {
  return sentences.flatMap(({ text }) => {
    // Round 36h: nor one whose chair acts for another body (cues/otherBodysPresident.ts).
    if (recordsPast(text) || chairsForOtherBody(text)) return [];
    const state = PRESIDES_AHEAD.test(text) ? presiderState(text) : presidedOverBy(text);
    return state ? [candidate(state, 0.7, text, 'presidedBy')] : [];
  });
}
