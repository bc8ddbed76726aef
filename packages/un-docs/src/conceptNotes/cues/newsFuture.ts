// Session 25 (round t40): news prose says a meeting is ahead in ways a note does not: a headline's
// bare infinitive ("UN Security Council to hold emergency meeting on Gaza", "Assembly to convene
// …"), "is set / slated / due / poised to hold", "is to meet on Thursday". Each looks ahead as
// "will" does, for the kind decision (sentenceTense.ts, looksAhead). The headline's infinitive
// follows a capitalized name, so "urged members to hold" or "met to discuss" is not read so.
const VERB = String.raw`(?:hold|convene|meet|host|open|hear|discuss|debate|consider|examine|vote|launch|mark|commemorate)`;
const NEWS_FUTURE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:is|are)\s+(?:(?:set|slated|due|poised|expected|scheduled)\s+)?to\s+${VERB}|(?:set|slated|poised)\s+to\s+${VERB})(?![\p{L}])`,
  'u',
);
// A headline is short and ends on no full stop; a day or a month before "to" begins a purpose
// ("meets on Monday to discuss").
const HEADLINE_INFINITIVE = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}]))\p{Lu}[\p{L}.]*\s)to\s+${VERB}(?![\p{L}])`,
  'u',
);
const HEADLINE_LENGTH = 150;

/** Whether the sentence says in a news item's words that its meeting is ahead. */
export function newsFuture(sentence: string): boolean {
  const headline = sentence.length <= HEADLINE_LENGTH && !/[.!?;:]\s*$/u.test(sentence);
  return NEWS_FUTURE.test(sentence) || (headline && HEADLINE_INFINITIVE.test(sentence));
}
