import { findSpeakingLimit } from '../findSpeakingLimit.js';

// Round 35p (decided in session 14): a page of a meeting's modalities of participation names the
// meeting only by its kind, with neither its subject nor its day ("Observers will be able to make
// short oral statements during the meeting (max. 2 minutes)"), yet gives what a delegation plans
// its statement by. A sentence naming one meeting together with the speakers' limit names it as
// surely as one giving its subject, so the kind decision leans to a partial note on it too.

/** Whether a sentence gives the speakers' limit (the meeting it names is checked by the caller). */
export function givesSpeakingLimit(sentence: string): boolean {
  return findSpeakingLimit({ sentences: [{ text: sentence, block: 0 }], footnotes: [] }) !== null;
}
