import { looksAhead, recordsPast } from '../sentenceTense.js';
import { namesGathering } from '../meetingAhead.js';
import type { NoteText } from '../NoteText.js';

// Session 25 (round t40): a news item, a press page or a release says first what it is about. Its
// lead, the first sentence naming a meeting in a tense (a headline, a standfirst or the opening
// sentence: "UNGA Will Convene Meeting On Palestine On Thursday"; "The President … today outlined
// the arrangements for the … event set to take place Monday, 27 February"), tells whether it
// announces a meeting ahead or records one held. Headings naming a meeting with no verb ("2012
// Organizational Session", "3rd Meeting (AM)") say neither and are passed over. Quotations of
// what someone said later in such a text are its sources, not a record of the meeting's
// speakers: a lead looking ahead outweighs them (cues/leaningToNote.ts). A record opens on the
// meeting held ("The Human Rights Council on Friday held a panel on panels").

/** The first sentence naming a meeting that looks ahead to it or records it as held, if any. */
function leadSentence({ sentences }: NoteText): string | null {
  for (const { text } of sentences) {
    if (!namesGathering(text)) continue;
    if (recordsPast(text) || looksAhead(text)) return text;
  }
  return null;
}

/** Whether the text's lead announces a meeting ahead. */
export function leadAnnouncesMeeting(note: NoteText): boolean {
  const lead = leadSentence(note);
  return lead !== null && looksAhead(lead) && !recordsPast(lead);
}
