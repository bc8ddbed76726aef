import { candidate } from './Candidate.js';
import { unquote } from './quoted.js';

/**
 * A theme candidate, without the quotation marks around it. Round 18: nor with the comma or
 * semicolon English typography sets inside the closing mark (a briefing on “The situation in
 * the Middle East,” during which …), nor with the full stop that ends the sentence there (“… of
 * small island developing States.”): they are the sentence's, not the theme's.
 */
export function themed(value: string, confidence: number, source: string, cue: string) {
  return candidate(unquote(value).replace(/\s*[,;]$|(?<=\p{Ll})\.$/u, ''), confidence, source, cue);
}
