import { MEETING_WORD } from '../meetingWords.js';

// Round w36ct: a news item may announce a meeting by its beginning, in the present, on a day it
// names ("Le … débat général de l'Assemblée générale de l'ONU débute ce 19 septembre",
// `El período de sesiones comienza el lunes`, "The general debate begins on 19 September"): the
// meeting is ahead, as one held "today" is (cues/heldToday.ts), and a day without its year leaves
// its date empty. The meeting must be the verb's subject: named before it, within its clause.
// The kind may be a bare one (`débat`, `sesión`), which cues/bareKind.ts reads before the verb.
export const BEGINS_NOW = String.raw`(?:débute|commence|s['’]ouvre|begins|starts|opens|comienza|empieza|arranca|se\s+inicia|inicia)`;
const MEETING_BEGINS = new RegExp(
  String.raw`${MEETING_WORD.source}[^.;,]{0,80}?(?<![\p{L}])${BEGINS_NOW}(?![\p{L}])`,
  'iu',
);
/** Whether the sentence's one meeting begins in the present (its day is checked by the caller). */
// Round h12t: or the verb first, as a headline sets it (`se inicia debate de la 72ª Asamblea`,
// `s'ouvre le débat`, "opens the debate").
const BEGINS_FIRST = new RegExp(
  String.raw`(?<![\p{L}])${BEGINS_NOW}\s+(?:(?:the|le|la|l['’]|el|su|sa|son|its)\s+)?${MEETING_WORD.source}`,
  'iu',
);

/** Whether `text` has its meeting begin, the verb set before the meeting (a headline's order). */
export function beginsFirst(text: string): boolean {
  return BEGINS_FIRST.test(text);
}

export function beginsNow(text: string): boolean {
  const match = MEETING_BEGINS.exec(text);
  return match !== null && !/s$/iu.test(match[0].split(/\s/u)[0] ?? '');
}
