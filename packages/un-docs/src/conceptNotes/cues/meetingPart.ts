// Round 13a: a format a sentence announces after what opens the meeting ("Following the
// panellists' presentations, an interactive dialogue will be held", `Tras las intervenciones de
// los panelistas se celebrará un debate interactivo`, `Après les exposés, se tiendra un débat
// interactif`) is a part of the meeting the note announces, not its kind.
// Round w36at: also after its opening session in French and Spanish (`Tras la sesión de apertura,
// se celebrará una mesa redonda`, `Après la séance d'ouverture, se tiendra une table ronde`).

const OPENING_PART = String.raw`(?:presentations?|statements?|remarks|briefings?|interventions?|opening|intervenciones|exposiciones|presentaciones|declaraciones|palabras|exposés|présentations|déclarations|allocutions|apertura|ouverture)`;
const AFTER_OPENING = new RegExp(
  String.raw`(?:\b(?:after|following)|\btras|\bdespués\s+de|\baprès|\bà\s+l['’]issue\s+d['’e]s?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:d['’])?${OPENING_PART}(?![\p{L}])`,
  'iu',
);

/** Whether `lead`, the words of a sentence before its announcing verb, place it after the opening. */
export function afterTheOpening(lead: string): boolean {
  const sentence = lead.slice(lead.search(/[^.!?]*$/u));
  return AFTER_OPENING.test(sentence);
}
