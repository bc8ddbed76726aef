// Session 25 (round t40c): a news page names the General Assembly's general debate by its bare
// name ("during this year's General Debate", `el debate general`, `le débat général`,
// `المناقشة العامة`, `общие прения`, `一般性辩论`), no kind of the vocabulary. When no kind of the
// vocabulary is named, the general debate a sentence looks ahead to, or gives the theme of, is the
// meeting the text announces; one named only in a record or in passing stays no format.
import { looksForward, recordsPast } from '../sentenceTense.js';
import { frequencyQualifiers, ROMANCE_FREQUENCY } from './formatQualifiers.js';
import { themeOfMeetingBefore } from './themeOfMeeting.js';

const BEFORE = String.raw`(?<![\p{L}])`;
const AFTER = String.raw`(?![\p{L}])`;
const GENERAL_DEBATE = new RegExp(
  [
    String.raw`${BEFORE}(?<freq>annual\s+)?general\s+debate${AFTER}`,
    String.raw`${BEFORE}d[ée]bat\s+g[ée]n[ée]ral(?:\s+(?<freqFr>${ROMANCE_FREQUENCY}))?${AFTER}`,
    String.raw`${BEFORE}debate\s+general(?:\s+(?<freqEs>${ROMANCE_FREQUENCY}))?${AFTER}`,
    String.raw`${BEFORE}общи(?:е|х|ми)\s+прени(?:я|й|ях|ям|ями)${AFTER}`,
    String.raw`${BEFORE}(?:[وف]?[بلك]?(?:ال|ل)?)مناقشة\s+(?:ال)?عامة${AFTER}`,
    String.raw`一般性辩论`,
  ].join('|'),
  'iu',
);

/** Whether `sentence` names the general debate, in any of the six languages. */
export function namesGeneralDebate(sentence: string): boolean {
  return GENERAL_DEBATE.test(sentence);
}

/**
 * "general debate" (with its frequency) when `sentence` looks ahead to the general debate or gives
 * its theme, else null.
 */
export function generalDebateAhead(sentence: string): string | null {
  const found = GENERAL_DEBATE.exec(sentence);
  if (!found) return null;
  const themed = themeOfMeetingBefore(sentence.slice(0, found.index));
  if (!themed && (!looksForward(sentence) || recordsPast(sentence))) return null;
  const { freq, freqFr, freqEs } = found.groups ?? {};
  const frequencies = frequencyQualifiers(`${freq ?? ''} ${freqFr ?? ''} ${freqEs ?? ''}`);
  return frequencies.length > 0 ? `${frequencies.join(' ')} general debate` : 'general debate';
}
