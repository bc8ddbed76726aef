// Session 27 (round t42k): a meeting's record, verbatim or summary, is written in fixed formulas
// that no note and no announcement uses: the meeting "was called to order at" an hour, "rose at"
// one, the agenda "was adopted", and the President opens the Council's business ("The Security
// Council will now begin its consideration of the item on its agenda"); in the other languages
// `La séance est ouverte à`, `La séance est levée à`, `L'ordre du jour est adopté`, `Se abre la
// sesión a las`, `Se levanta la sesión a las`, `Queda aprobado el orden del día`, `Заседание
// открывается в`, `Повестка дня утверждается`, `افتتحت الجلسة الساعة`, `رفعت الجلسة الساعة`,
// `أقر جدول الأعمال`, `下午3时10分开会`, `议程通过`. One such formula makes the text the record of the
// meeting held, whatever its speakers say of the future (meetingAhead.ts, recordsMeeting).
const EN = String.raw`the\s+meeting\s+(?:was\s+(?:called\s+to\s+order|suspended|resumed)|rose)\s+at|the\s+agenda\s+was\s+adopted|will\s+now\s+begin\s+its\s+consideration\s+of\s+(?:the\s+)?items?\s+on\s+its\s+agenda`;
const FR = String.raw`la\s+séance\s+est\s+(?:ouverte|levée|suspendue|reprise)\s+à|l['’]ordre\s+du\s+jour\s+est\s+adopté`;
const ES = String.raw`se\s+(?:abre|levanta|suspende|reanuda)\s+la\s+sesión\s+a\s+las|(?:queda\s+aprobado|se\s+aprueba)\s+el\s+orden\s+del\s+día`;
const RU = String.raw`заседание\s+(?:открывается|закрывается|прерывается)\s+в|повестка\s+дня\s+утверждается`;
const AR = String.raw`(?:افتتحت|رفعت|علقت)\s+الجلسة\s+(?:في\s+)?الساعة|أقر\s+جدول\s+الأعمال`;
const ZH = String.raw`[上下]午\d{1,2}时(?:\d{1,2}分)?(?:开会|散会)|议程(?:获得)?通过。`;

const FORMULA = new RegExp(
  `(?<![\\p{L}])(?:${EN}|${FR}|${ES}|${RU}|${AR})(?![\\p{L}])|${ZH}`,
  'iu',
);

/** Whether the sentence is one of a meeting record's procedural formulas. */
export function recordFormula(sentence: string): boolean {
  return FORMULA.test(sentence);
}
