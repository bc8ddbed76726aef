// Session 27 (round t42k): news prose often names a body's meeting by its verb, not a noun: "The
// Security Council will meet on Monday", `El Consejo … se reunirá este sábado`, `sesionará`,
// `L'Assemblée se réunira lundi`, `Совет соберется в понедельник`, `يجتمع مجلس الأمن يوم
// الاثنين`. The verb names one meeting as "a meeting" does when its sentence looks ahead to it on
// a day (cues/leaningToNote.ts). Meeting a person ("will meet with the President", `se reunirá
// con`, `se réunira avec`, `встретится с`, `يجتمع مع`) is no body's meeting.
const MEETS = String.raw`(?<![\p{L}])(?:(?:will|to|shall)\s+(?:meet|convene)|meets|se\s+reunir[áa]n?|sesionar[áa]n?|se\s+réunir(?:a|ont)|соберется|соберутся|собирается|(?:س?[يت])جتمع)(?![\p{L}])`;
const WITH_PERSON = String.raw`\s+(?:with|con|avec|с|مع)(?![\p{L}])`;
const MEETING_VERB = new RegExp(`${MEETS}(?!${WITH_PERSON})`, 'iu');

/** Whether the sentence names a meeting by a verb of meeting, not a person's meeting with another. */
export function meetsAsBody(sentence: string): boolean {
  return MEETING_VERB.test(sentence);
}
