import { findMemberState } from '../findMemberState.js';
import { candidate, type Cue } from './Candidate.js';

// Round h11t: a news item sets the presidency off between dashes or commas after the State, in an
// aside, where the sentence's verb is something else ("Portugal—as President of the Council—
// circulated a concept note", "Malta, as President of the Security Council, circulated …",
// `la France — en tant que présidente du Conseil — a fait circuler`, `Chile —como presidente del
// Consejo— distribuyó`): the State holds the presidency, as one "in its capacity as President of
// the Security Council" does (presidencyCues.ts), read from the few words right before the aside.

const ASIDE = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*(?:[—–]|\s-\s|,)\s*(?:as|en\s+tant\s+que|como)\s+(?:the\s+)?(?:President|présidente?|presidente?)\s+(?:of\s+the|du|del)\s+(?:Security\s+Council|Council|Conseil(?:\s+de\s+sécurité)?|Consejo(?:\s+de\s+Seguridad)?)(?:\s+(?:for|pour|para)\s+(?:the\s+month\s+of\s+)?\p{L}+)?\s*(?:[—–]|\s-\s|,)`,
  'u',
);

/** The State an aside names as the Council's President, or null. */
export function presidentInAside(text: string): string | null {
  const words = ASIDE.exec(text)?.[1];
  return words ? findMemberState(words) : null;
}

export const presidentAside: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const state = presidentInAside(text);
    return state ? [candidate(state, 0.85, text, 'presidentAside')] : [];
  });
