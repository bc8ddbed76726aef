import type { NoteSentence } from '../NoteText.js';

// Round t43d: a note that says the meeting's date is still to be set ("The date of the debate
// will be announced by the presidency", "date to be confirmed", `La date de la réunion sera
// communiquée ultérieurement`, `La fecha se anunciará oportunamente`, `辩论具体日期将另行通知`)
// gives it no date of its own: a day read only from the item's stamp or from a yearless day in
// another sentence (a working lunch "8月18日" before the item's date) is not the meeting's. A date
// a sentence gives the meeting ahead still stands.
const LATER = String.raw`(?:announced|communicated|confirmed|circulated|determined|notified|decided|set|fixed)`;
const DATE_TO_COME = new RegExp(
  [
    String.raw`(?<![\p{L}])dates?(?![\p{L}])[^.;:]{0,60}?(?<![\p{L}])(?:will|shall|is\s+to|are\s+to|remains?\s+to|has\s+yet\s+to|have\s+yet\s+to)\s+be\s+${LATER}(?![\p{L}])`,
    String.raw`(?<![\p{L}])dates?\s*(?:\(|:|-|–)?\s*(?:TBC|TBD|to\s+be\s+${LATER})(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:la\s+)?date(?![\p{L}])[^.;:]{0,60}?(?<![\p{L}])(?:sera|seront|reste\s+à\s+être)\s+(?:communiquée|annoncée|précisée|fixée|confirmée|déterminée)s?(?![\p{L}])`,
    String.raw`(?<![\p{L}])fechas?(?![\p{L}])[^.;:]{0,60}?(?<![\p{L}])(?:se\s+(?:anunciar[áa]n?|comunicar[áa]n?|confirmar[áa]n?|fijar[áa]n?|dar[áa]n?\s+a\s+conocer)|ser[áa]n?\s+(?:anunciad|comunicad|confirmad|fijad)[ao]s?|por\s+confirmar)(?![\p{L}])`,
    String.raw`日期[^。，；]{0,12}(?:另行|稍后|待定|另定|尚未确定)`,
  ].join('|'),
  'iu',
);

/** Whether the note says the meeting's date is still to be set. */
export function dateToCome(sentences: readonly NoteSentence[]): boolean {
  return sentences.some(({ text }) => DATE_TO_COME.test(text));
}
