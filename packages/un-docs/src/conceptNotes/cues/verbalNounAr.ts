// Session 26 (round t41a): an Arabic past verb and its verbal noun are written alike when unvowelled:
// `عقد` is "held" and "the holding". After a preposition standing apart (`في`, `إلى`, `من`,
// `على`, `عن`, `بعد`, `قبل`, `حول`, `بشأن`), which no verb follows, it is the noun: `بدأ مجلس
// الأمن … في عقد جلسة إحاطة` ("the Council began holding a briefing"), `دعا إلى عقد اجتماع` ("called
// for holding a meeting"), `بعد عقد الجلسة` ("after holding the session"). The noun carries no
// tense, so it records no meeting held; a joined preposition (`بعقد`, `لعقد`) is no verb already.
// Put before the verbs of holding in `RU_AR_HELD` (meetingWordsRuAr.ts).
export const AR_NOT_AFTER_PREPOSITION = String.raw`(?<!(?<![\p{L}])(?:في|إلى|الى|من|على|عن|بعد|قبل|حول|بشأن|أجل)\s+)`;
