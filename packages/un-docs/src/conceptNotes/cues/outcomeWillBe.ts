// Round 22: an outcome the note names as what "the outcome will be" ("the outcome will be a
// non-negotiated factual summary which reflects …") is that product by its name: the words up
// to its head noun, without the clause saying what it holds or what will be done with it (the
// outcome convention). Only a summary, a report or a declaration is a product here, so an
// outcome that "will be a better understanding of …" stays a sentence.
// Round 28: or what the outcome "is" ("The expected outcome is a declaration", "The outcome of
// the meeting is a short report that …"), as a press briefing names it.
const OUTCOME_WILL_BE =
  /\boutcomes?\b(?:\s+of\s+(?:the|this)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:(?:will|would|shall)\s+be|is|are)\s+(?:an?|the)\s+((?:[\p{L}-]+,?\s+){0,3}?(?:summary|report|declaration))(?![\p{L}-])/iu;

/** "non-negotiated factual summary" from "the outcome will be a non-negotiated factual summary which …". */
export function outcomeWillBe(text: string): string | null {
  const product = OUTCOME_WILL_BE.exec(text)?.[1];
  return product ? product.replace(/,/gu, '') : null;
}
