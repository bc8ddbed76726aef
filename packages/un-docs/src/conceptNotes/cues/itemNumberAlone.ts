// Round t40b: an agenda item's number is a label, not what a meeting is about. An order of the
// day's "Item 9 (contd)", `Point 4 de l'ordre du jour`, `Tema 68 del programa`, "Agenda item
// 120 (b)" taken as a title line is no theme; the item's name, when the text gives it, is
// another candidate's.

const ITEM_NUMBER_ALONE =
  /^(?:(?:provisional\s+)?agenda\s+item|item|point|tema|punto|article)\s+\d+(?:\s*\(?[a-z]\)?)?(?:\s+(?:de\s+l['’]ordre\s+du\s+jour|del\s+(?:programa|orden\s+del\s+día)(?:\s+provisional)?|of\s+the\s+(?:provisional\s+)?agenda))?(?:\s*\((?:contd|cont['’]d|continued|suite|continuación)\.?\))?[\s.:]*$/iu;

/** Whether `value` is only an agenda item's number ("Item 9 (contd)"). */
export function isItemNumberAlone(value: string): boolean {
  return ITEM_NUMBER_ALONE.test(value.trim());
}
