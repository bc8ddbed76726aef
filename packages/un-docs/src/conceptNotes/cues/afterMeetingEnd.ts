// Round w37at: a sentence set after the meeting's end ("After the conclusion of the meeting, the
// Permanent Mission of Estonia posted that "The video of the meeting will be available …"",
// `À l'issue de la réunion, …`, `Tras la conclusión de la reunión, …`) looks back to the meeting,
// when its only future is in the words it quotes: the future is the quoted speaker's, about what
// follows a meeting already held, not a meeting ahead.

const AFTER_END =
  /(?<![\p{L}])(?:after|following)\s+the\s+(?:conclusion|end|close)\s+of|(?<![\p{L}])(?:à\s+l['’]issue\s+d|après\s+la\s+(?:fin|clôture)\s+d|tras\s+(?:la\s+conclusión|el\s+(?:fin|cierre))\s+d|al\s+(?:término|final)\s+d)/iu;
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»/gu;

/** Whether the sentence is set after the meeting's end and looks forward only inside a quotation. */
export function afterMeetingEnd(text: string, looksForward: (text: string) => boolean): boolean {
  return AFTER_END.test(text) && !looksForward(text.replace(QUOTED, ' '));
}
