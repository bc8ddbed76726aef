// Round 16: a news item or a forecast places the meeting it announces by a day it names relative
// to its own ("will hold an open debate on Thursday", `tiendra mercredi un débat public`,
// `celebrará mañana una reunión`, "tomorrow", "today") or by a month without its year ("In
// March, the Commission plans to hold …", `en junio`): the text looks forward to that meeting
// as surely as to a dated one, though it gives it no date a delegation could enter.

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)`;

const RELATIVE_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:today|tonight|tomorrow|aujourd['’]hui|demain|hoy|mañana|${WEEKDAY}|(?:in|en|durante)\s+${MONTH}(?!\s+(?:de\s+)?(?:19|20)\d{2}))(?![\p{L}])`,
  'iu',
);

/** A sentence that places something by a day or month named relative to the text's own day. */
export function placedByRelativeDay(text: string): boolean {
  return RELATIVE_DAY.test(text);
}

// Round 27a: "tomorrow" is ahead of the text's day whatever the verb's tense or mood: a meeting a
// sentence places tomorrow (`un proyecto de declaración presidencial que podría aprobarse mañana
// en la reunión`, "the vote expected tomorrow at the meeting", `demain lors de la séance`) is one
// ahead, as one held "today" is (heldToday.ts). Spanish `mañana` after an article or a
// demonstrative is the morning (`esta mañana`, `por la mañana`), not tomorrow.
export const TOMORROW_WORD = String.raw`(?:tomorrow|demain|(?<!(?:la|esta|una|cada|toda)\s+)mañana)`;
const TOMORROW = new RegExp(String.raw`(?<![\p{L}])${TOMORROW_WORD}(?![\p{L}])`, 'iu');

/** A sentence that places something on the day after the text's own. */
export function placedTomorrow(text: string): boolean {
  return TOMORROW.test(text);
}

// "… will hold an open debate on Thursday on X": the day stands between the meeting and the
// link to its theme, which the subject then starts after.
const LEADING_DAY = new RegExp(
  String.raw`^(?:on\s+)?(?:today|tomorrow|${WEEKDAY})(?:\s+(?:morning|afternoon|evening))?\s+(?:on|about)\s+(?=\S)`,
  'iu',
);

/** The subject without a relative day read before its link ("Thursday on X" gives "X"). */
export function withoutLeadingDay(subject: string): string {
  return subject.replace(LEADING_DAY, '');
}
