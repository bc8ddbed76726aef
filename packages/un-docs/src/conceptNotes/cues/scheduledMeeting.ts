// Round 25a: a note that names no kind of meeting but a meeting set for a day ahead ("The
// meeting between the ECOSOC President and … has been scheduled on 14 February", `La réunion
// entre … a été programmée le 12 mars`) gives the bare kind: "meeting". Only as a sentence's
// subject and with its scheduling verb, weakest of the format cues, so a meeting merely
// mentioned ("ahead of the meeting") names no format.

const SCHEDULED_MEETING =
  /(?:^|[.!?]\s+)(?:the|this|la|cette|esta)\s+(?:meeting|réunion|reunión)\s+[^.!?]{0,160}?(?:(?:has|have)\s+been\s+(?:scheduled|planned)|is\s+scheduled|a\s+été\s+(?:programmée|prévue)|est\s+(?:programmée|prévue)|ha\s+sido\s+(?:programada|prevista)|está\s+(?:programada|prevista))(?![\p{L}])/iu;

/** Whether `text` schedules a meeting it names by no kind but "meeting" itself. */
export function schedulesBareMeeting(text: string): boolean {
  return SCHEDULED_MEETING.test(text);
}
