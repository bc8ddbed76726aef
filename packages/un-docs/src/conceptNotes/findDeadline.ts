import { findDates, withYear } from '../dates/findDates.js';
import { aboutApplying } from './cues/applyingToAttend.js';
import { chineseDeadlines, ZH_TEXT_WORD } from './cues/deadlineZh.js';

// A deadline for written statements, read by structure rather than by phrase: a date (any
// form the date grammar reads) tied by a relation of "no later than" to the act of sending
// a delegation's text, or given in a deadline field ("Deadline for written statements:",
// `Date limite :`, `Plazo para el envío …:`, a table row read as a field).

// The relation, just before the date: a clock time or "on" may stand between ("by 6 p.m. on
// Friday, 12 March", "close of business on 22 April", "until COB Friday, 3 December").
// Round 15a: the clock may be noon ("no later than 12 noon on Friday, 21 May", `au plus tard à
// midi le`, `a más tardar al mediodía del`).
// Round 13a: a deadline stated as what it is ("The deadline to submit your questions is 29
// April", `La date limite … est le`, `El plazo … vence el`) relates its date as "by" does.
const RELATION =
  /(?:\b(?:deadline|date limite|fecha l[ií]mite|plazo)\b[^.]{0,50}?\s(?:is|will be|est|sera|es|será|vence)|\bby|\bbefore|\buntil|\btill|no later than|not later than|close of business|\bCOB\b|\bEOD\b|\blatest|prior to|au plus tard|\bavant\b|d['’]ici\s+(?:au|le|à)|jusqu['’](?:au|à)|a más tardar|\bantes\s+del?|\bhasta\b|plazo)\s*(?:(?:le|el|del|the|on|de)\s+)?(?:(?:at|à|a las|al)\s+)?(?:(?:[\d.:h]+\s*(?:[ap]\.?m\.?|hrs?|heures|horas|noon|midday)?|noon|midday|midi|(?:el\s+)?mediodía)\s*(?:\([^)]*\)\s*)?(?:on|le|el|del|de)?\s*)?[,:]?\s*(?:\p{L}+,?\s*)?$/iu;
// A field or table row whose label names a deadline.
const FIELD =
  /^\s*(?:[-•*]\s*)?[^:.]{0,80}\b(?:deadline|date limite|délai|plazo|fecha l[ií]mite)\b[^:.]{0,80}:/iu;
const TEXT_FIELD = /^\s*(?:[-•*]\s*)?([^:.]{3,60}):\s*(.{1,60})$/u;
// The list of speakers and the registration of participants have deadlines of their own, not
// the written statements'; the floor's is read by cues/speakersList.ts, and is the submission's
// only when the note gives none for written statements.
const OTHER_LIST =
  /\b(?:list of speakers|speakers['’]? list|inscri|regist|liste des orateurs|lista de oradores)/iu;
// A delegation's text, named as a noun, in the UN languages; with the other words about
// writing and sending it, a sentence that may give its deadline. Round w38at: a Spanish noun in
// the singular too ("una declaración escrita", "el texto de su intervención"), as the French.
const TEXT_NOUN =
  /\b(?:statements?\b|interventions?\b|contributions?\b|inputs?\b|déclarations?|declaraci(?:ón|ones)|intervenci(?:ón|ones)|contribuci(?:ón|ones)|aportes)/iu;
const TEXT_WORD = /\b(?:remarks\b|written|submi|par écrit|por escrito|выступлени|заявлени)/iu;
// Round zh: and the Chinese words (cues/deadlineZh.ts).
const namesText = (text: string): boolean =>
  TEXT_NOUN.test(text) || TEXT_WORD.test(text) || ZH_TEXT_WORD.test(text);

/** The dates in `text` tied to a relation of "no later than" (ISO, a year perhaps missing). */
function relatedDates(text: string): string[] {
  return findDates(text)
    .filter(({ index }) => RELATION.test(text.slice(Math.max(0, index - 60), index)))
    .map(({ iso }) => iso);
}

/** The deadline a sentence gives for written statements, as stated (year perhaps missing). */
export function statedDeadline(text: string): string | null {
  if ((OTHER_LIST.test(text) || aboutApplying(text)) && !TEXT_NOUN.test(text)) return null;
  const label = FIELD.exec(text)?.[0];
  if (label !== undefined) {
    if ((OTHER_LIST.test(label) || aboutApplying(label)) && !TEXT_NOUN.test(label)) return null;
    const dated = findDates(text.slice(label.length))[0];
    if (dated) return dated.iso;
  }
  // A field or table row naming the text, with only a date for its value (a "Key dates"
  // table: "Written statements | 15 October 2027").
  const field = TEXT_FIELD.exec(text);
  if (field?.[1] && TEXT_NOUN.test(field[1]) && !OTHER_LIST.test(field[1])) {
    const value = field[2] ?? '';
    const dated = findDates(value)[0];
    if (dated && value.length - (dated.end - dated.index) < 12) return dated.iso;
  }
  if (!namesText(text)) return null;
  return relatedDates(text)[0] ?? chineseDeadlines(text)[0] ?? null;
}

/** The deadline in `text`, with a missing year taken from the meeting date. */
export function deadlineIn(text: string, meetingDate: string | null): string | null {
  const stated = statedDeadline(text);
  return stated ? withYear(stated, meetingDate) : null;
}
