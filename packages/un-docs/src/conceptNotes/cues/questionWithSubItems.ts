// Round w36ct: a numbered paragraph that is itself a question, ending on a colon before its
// lettered sub-items ("1. How can the configuration help Kalvora prepare the elections, in
// particular:" / "(a) by supporting …;" / "(b) by mobilizing …?"), is one point with sub-items,
// as a bulleted one is; "2. Participants may wish to address the following questions:" before
// "(a) What …?" still introduces the points 2(a), 2(b). A question opens on its interrogative
// word (or the Spanish "¿").
const ASKS =
  /^(?:¿|(?:how|what|which|why|when|where|who|whom|whose|in\s+what|to\s+what|is|are|can|could|should|would|do|does|comment|quels?|quelles?|pourquoi|dans\s+quelle|en\s+quoi|cómo|qué|cuál(?:es)?|por\s+qué|en\s+qué|de\s+qué)(?![\p{L}]))/iu;

/** Whether a numbered paragraph's text is a question, not a lead-in to questions. */
export function asksQuestion(text: string): boolean {
  return ASKS.test(text.trim());
}
