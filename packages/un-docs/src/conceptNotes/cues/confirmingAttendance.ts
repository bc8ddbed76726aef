// Round w36bt: confirming one's participation or presence ("Please confirm your attendance by …",
// `merci de confirmer votre participation avant le 5 mars à …`, `se ruega confirmar su
// asistencia a …`) is an RSVP in words: it says who comes, so its address and date are no
// submission's (the convention that registering to attend is not a submission).

const CONFIRMING =
  /(?<![\p{L}])(?:confirm(?:ing)?\s+(?:your|their|his|her)?\s*(?:participation|attendance|presence)|confirmer\s+(?:votre|leur|sa)\s+(?:participation|présence)|confirmar\s+(?:su\s+)?(?:participación|asistencia|presencia))(?![\p{L}])/iu;

/** Whether `text` asks the reader to confirm that they will come. */
export function confirmsAttendance(text: string): boolean {
  return CONFIRMING.test(text);
}
