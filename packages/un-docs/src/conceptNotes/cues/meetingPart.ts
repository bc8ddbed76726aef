// Round 13a: a format a sentence announces after what opens the meeting ("Following the
// panellists' presentations, an interactive dialogue will be held", `Tras las intervenciones de
// los panelistas se celebrará un debate interactivo`, `Après les exposés, se tiendra un débat
// interactif`) is a part of the meeting the note announces, not its kind.

const OPENING_PART = String.raw`(?:presentations?|statements?|remarks|briefings?|interventions?|opening|intervenciones|exposiciones|presentaciones|declaraciones|palabras|exposés|présentations|déclarations|allocutions)`;
const AFTER_OPENING = new RegExp(
  String.raw`(?:\b(?:after|following)|\btras|\bdespués\s+de|\baprès|\bà\s+l['’]issue\s+d['’e]s?)\s+(?:[\p{L}'’-]+\s+){0,3}?${OPENING_PART}(?![\p{L}])`,
  'iu',
);

/** Whether `lead`, the words of a sentence before its announcing verb, place it after the opening. */
export function afterTheOpening(lead: string): boolean {
  const sentence = lead.slice(lead.search(/[^.!?]*$/u));
  return AFTER_OPENING.test(sentence);
}
