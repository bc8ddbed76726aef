import { MONTH_NAMES } from '../../dates/monthNames.js';
import { MEETING_WORD } from '../meetingWords.js';
import { candidate, type Cue } from './Candidate.js';
import { unquote } from './quoted.js';
import { subjectOf } from './subjectOf.js';

// Round 30: a page listing the week's meetings, copied whole.
//
// Its byline row (publisher, date and running time) loses its spaces when copied
// ("IIEA15th March 202141min", "ONU Hebdo12 mars 202725 min"): a date glued to the words around
// it is the page's stamp, never a meeting's name, so it is no theme.
//
// Each entry names its meeting without a verb, the kind first ("• High-level open debate on
// cooperation between the UN and regional and subregional organisations. President … will chair
// the meeting.", `Débat public sur les femmes et la paix et la sécurité.`): by the convention on
// texts announcing several meetings, the first entry's subject is the theme.

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th|er|º)?\s+(?:de\s+)?(?:${MONTH_NAMES})\.?\s+(?:de\s+)?\d{4}`;
const SQUASHED_DATE = new RegExp(String.raw`\p{L}${DAY}|(?<![\p{L}\d])${DAY}(?=[\p{L}\d])`, 'iu');
const BYLINE_CHARS = 80;

/** Whether `line` is a byline row whose date lost the spaces around it. */
export function isSquashedByline(line: string): boolean {
  const text = line.trim();
  return text.length <= BYLINE_CHARS && SQUASHED_DATE.test(text);
}

// The kind opens the entry, after at most three qualifiers ("High-level open debate"), and its
// subject follows at once or after the qualifiers French and Spanish put after it (`Débat public
// sur`, `Debate abierto sobre`).
const ENTRY_HEAD_WORDS = 3;
const LINK = /^(?:\s+[\p{Ll}-]+){0,2}?\s+(?:on|about|sur|sobre)\s/iu;

function entrySubject(text: string): string | null {
  const kind = MEETING_WORD.exec(text);
  if (!kind) return null;
  const head = text.slice(0, kind.index).trim();
  const words = head === '' ? 0 : head.split(/\s+/u).length;
  if (words > ENTRY_HEAD_WORDS || /[,;:]/u.test(head)) return null;
  if (!LINK.test(text.slice(kind.index + kind[0].length))) return null;
  return subjectOf(text, false);
}

const BULLET = /^\s*[•·▪◦*–-]\s*/u;

export const listedMeeting: Cue<string> = ({ blocks, sentences }) => {
  for (const [index, { text, block }] of sentences.entries()) {
    const entry = BULLET.test(blocks[block] ?? '') && sentences[index - 1]?.block !== block;
    const subject = entry ? entrySubject(text.replace(BULLET, '')) : null;
    if (subject)
      return [candidate(unquote(subject).replace(/\.$/u, ''), 0.5, text, 'listedMeeting')];
  }
  return [];
};
