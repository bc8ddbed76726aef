// Round 29: a sentence whose subject is the expected outcome ("Expected outcomes include 1) …",
// "The expected outcomes of the event are …", `Les résultats attendus comprennent …`, `Los
// resultados esperados incluyen …`) states the outcome outright. It ranks above a sentence saying
// the discussion "will inform" or "feed into" something, which only says what it leads to; with no
// product named, it is kept whole (a sentence keeps the note's words, the outcome convention).
const STATED_OUTCOME =
  /^(?:the\s+|les\s+|le\s+|los\s+|el\s+)?(?:(?:main|key|principal)\s+)?(?:(?:expected|anticipated|envisaged|intended)\s+(?:outcomes?|results?)|résultats?\s+(?:attendus?|escomptés?)|resultados?\s+(?:esperados?|previstos?))\s+(?:(?:of|de|du|des|del)\s+[^.;:]{0,80}?\s+)?(?:include|includes|are|is|will\s+be|would\s+be|comprennent|comprend|incluent|sont|seront|incluyen|incluye|comprenden|son|serán)(?![\p{L}])/iu;

/** Whether the sentence's subject is the meeting's expected outcome. */
export function statesOutcome(sentence: string): boolean {
  return STATED_OUTCOME.test(sentence.trim());
}
