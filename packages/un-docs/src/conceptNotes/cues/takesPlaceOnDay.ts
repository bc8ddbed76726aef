import { findDates } from '../../dates/findDates.js';

// Round 31b: a news item that names meetings in passing ("an agenda ranging from an open debate on
// X to a review of …") before the one it announces with its day ("One key event for the month, a
// thematic briefing on Y, will take place on 6 November"; "a high-level briefing on Z will be
// held on 18 June"; `un débat public sur X aura lieu le 12 mai`, `una sesión informativa sobre X
// se celebrará el 12 de mayo`) is read for that one, by the convention on texts announcing
// several meetings (the first announced in full). The meeting is the verb's subject: the last
// part, between commas, of the words before it.

const TAKES_PLACE =
  /(?<![\p{L}])(?:will\s+(?:take\s+place|be\s+held)|is\s+(?:scheduled|set)\s+to\s+take\s+place|aura\s+lieu|se\s+tiendra|tendrá\s+lugar|se\s+celebrará)(?![\p{L}])/iu;

/** The words naming the meeting a sentence places on a day ("…, a thematic briefing on X, will take place on 6 November"), or null. */
export function subjectTakingPlace(sentence: string): string | null {
  const verb = TAKES_PLACE.exec(sentence);
  if (!verb) return null;
  const after = sentence.slice(verb.index + verb[0].length, verb.index + verb[0].length + 40);
  if (findDates(after).length === 0) return null;
  const parts = sentence
    .slice(0, verb.index)
    .replace(/[\s,]+$/u, '')
    .split(/,\s+/u);
  return parts[parts.length - 1] ?? null;
}
