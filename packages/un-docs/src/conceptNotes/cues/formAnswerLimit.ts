// Round 25a: an online form prints under each question the limit of its answer ("Maximum: 500
// characters", "Max. 200 words", `Máximo: 1000 caracteres`, `500 mots maximum`). Such a line is
// the form's furniture: it is no heading that a list of questions would start under, nor a
// paragraph between them, so the questions are read as if it were not there.

const ANSWER_LIMIT =
  /^(?:(?:maximum|max\.?|máximo|máx\.?)\s*:?\s*\d[\d,. ]*\s*(?:characters|words|caract[eè]res|mots|palabras)|\d[\d,. ]*\s*(?:characters|words|caract[eè]res|mots|palabras)\s*(?:maximum|max\.?|máximo)?)\.?$/iu;

/** Whether `block` is only an answer's limit printed by a form. */
export function isAnswerLimit(block: string): boolean {
  return ANSWER_LIMIT.test(block.trim());
}
