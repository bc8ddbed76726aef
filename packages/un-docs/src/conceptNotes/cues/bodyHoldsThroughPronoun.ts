import { actorList } from './actorList.js';
import { BODY, OF_UN } from './bodyConvened.js';
import { candidate, type Cue } from './Candidate.js';
import { STANDING_BODIES } from './standingBodies.js';

// Round t42c: a body that holds its own meeting through a pronoun later in the sentence naming it,
// as a news item tells a session under way ("The 39th session of the Human Rights Council is
// currently ongoing and, as part of its programme of work, it will hold today its annual
// discussion on …", "The Commission on the Status of Women opens on Monday; it will hold its
// interactive dialogue on …", `La session de la Commission du développement social s'ouvre lundi et
// elle tiendra sa table ronde …`) convenes it, by round 21's merge (a body that convenes in the
// sentence that convenes is the convener). "It" and "its" take the last body named before them;
// only the body's own ("its", `sa`, `son`) meeting is read, and weakly (0.55): the pronoun may be
// another noun's.

const STANDING = STANDING_BODIES.map(([, pattern]) => pattern.source).join('|');
const THROUGH_PRONOUN = new RegExp(
  String.raw`((?:the|la|le|l['’])\s*(?:${BODY}|${STANDING})${OF_UN})(?:\s+\([^()]{2,12}\))?[^.;]{0,160}?(?<![\p{L}])(?:it\s+(?:will|shall)\s+(?:also\s+)?(?:hold|convene|organi[sz]e)|(?:il|elle)\s+(?:tiendra|organisera|convoquera))\s+(?:[^.;]{0,50}?\s+)?(?:its|sa|son)\s`,
  'iu',
);

/** The body a sentence's later "it will hold its …" refers to, or null. */
export function bodyHoldingThroughPronoun(sentence: string): string | null {
  const body = THROUGH_PRONOUN.exec(sentence)?.[1];
  return body ? actorList(body) : null;
}

export const bodyHoldsThroughPronoun: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const body = bodyHoldingThroughPronoun(text);
    return body ? [candidate(body, 0.55, text, 'bodyHoldsThroughPronoun')] : [];
  });
