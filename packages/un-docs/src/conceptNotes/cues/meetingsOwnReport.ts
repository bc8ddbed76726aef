import { GATHERING } from '../meetingAhead.js';
import { MEETING_WORD, PAST } from '../meetingWords.js';

// Round 35p: a summary report named as the meeting's own ("will also help inform the debates and
// summary report of the meeting", "help shape … the summary report of the seminar", `contribuirán
// … al informe resumido de la reunión`) is the product the meeting makes, though no verb says who
// will prepare it: what statements feed names it, and the sentence is read for its outcome.
const OWN_REPORT = new RegExp(
  String.raw`(?<![\p{L}])(?:summary\s+report|rapport\s+(?:résumé|de\s+synthèse)|informe\s+resumido)\s+(?:of|du|de\s+la|de\s+l['’]|del|de)\s+(?:the\s+|la\s+|el\s+)?(?:${MEETING_WORD.source}|${GATHERING.source})`,
  'iu',
);

/** Whether a sentence not in the past names the meeting's own summary report. */
export function namesMeetingsOwnReport(sentence: string): boolean {
  return OWN_REPORT.test(sentence) && !PAST.test(sentence);
}
