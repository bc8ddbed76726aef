// Round t42b: a Russian or Arabic sentence may name the meeting ahead without a future verb, as
// English does with "the upcoming meeting on X" (upcomingMeeting.ts) or "the concept note for the
// meeting on X" (conceptNoteFor.ts): by an adjective saying it is upcoming (`предстоящее заседание
// по …`, `الاجتماع المقبل بشأن …`, `القادمة`, `المرتقب`) or as the meeting a concept note or guiding
// questions are for (`концептуальная записка к заседанию по …`, `المذكرة المفاهيمية للاجتماع …`,
// `الأسئلة التوجيهية للاجتماع …`, even when a past verb tells that the note was circulated).

const UPCOMING = String.raw`(?<![\p{L}])(?:предстоящ\p{L}*|(?:ال)?(?:مقبل|قادم|مرتقب)(?:ة)?)(?![\p{L}])`;
const NOTE_OR_QUESTIONS = String.raw`(?<![\p{L}])(?:концептуальн\p{L}*\s+записк\p{L}*|руководящ\p{L}*\s+вопрос\p{L}*|вопрос\p{L}*\s+для\s+обсуждения|(?:ال)?مذكرة\s+(?:ال)?مفاهيمية|(?:ال)?أسئلة\s+(?:ال)?توجيهية)(?![\p{L}])`;
const NAMED_AHEAD = new RegExp(`${UPCOMING}|${NOTE_OR_QUESTIONS}`, 'u');

/** Whether a Russian or Arabic sentence names its meeting as upcoming or as its note's. */
export function namedAheadRuAr(sentence: string): boolean {
  return NAMED_AHEAD.test(sentence);
}
