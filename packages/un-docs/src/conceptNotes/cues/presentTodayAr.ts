// Round t39a: an Arabic news item announces the day's meeting in the present tense with “today”
// or “tomorrow” (`يعقد مجلس الأمن الدولي اليوم الثلاثاء نقاشًا …`, “the Security Council holds
// today, Tuesday, a … debate”; `تنعقد غدًا`): a present that hold, meet or convene, with
// `اليوم` or `غدًا` within a few words on either side, looks forward to the meeting as the
// future prefix does (`سيعقد`). The present alone stays a habit (`ويناقش المجلس … مرة في الشهر`).
// Session 27 (round t42k): or with a weekday (`يعقد مجلس الأمن الدولي، يوم الاثنين، جلسة مفتوحة`),
// the day of the item's own week its meeting is on.
/** A weekday as Arabic news names it (`يوم الاثنين`, `يوم الخميس`). */
export const AR_WEEKDAY = String.raw`يوم\s+(?:ال)?(?:اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت|أحد)`;
const TODAY = String.raw`(?<![\p{L}])(?:اليوم|غد[اًا]*|${AR_WEEKDAY})(?![\p{L}])`;
export const AR_PRESENT_TODAY = String.raw`(?:(?<=${TODAY}[^.\n؟!]{0,40})[وف]?[يت](?:عقد|ُعقد|نعقد|جتمع|لتئم|بدأ)|[وف]?[يت](?:عقد|ُعقد|نعقد|جتمع|لتئم|بدأ)(?=[^.\n؟!]{0,40}${TODAY}))`;
