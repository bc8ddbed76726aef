// Round 31a: a product the text leaves undecided is no outcome. A news item that says the
// presidency "has not said whether it will seek a presidential statement", "it remains unclear
// whether …", `on ignore encore si …`, `no ha dicho si …`, `todavía no se sabe si …` names a
// product only as a question; the note is silent on the outcome, and a note silent on it gives
// none (the outcome convention). A sentence that says a product "may" or "could" be adopted
// still holds it open as the meeting's, as before: only not knowing "whether" undoes it.

const NOT_KNOWN_WHETHER =
  /(?<![\p{L}])(?:(?:has|have|had)\s+not\s+(?:yet\s+)?(?:said|indicated|announced|decided|confirmed|disclosed|specified)|(?:did|does|do)\s+not\s+(?:yet\s+)?(?:say|indicate|know|specify)|(?:it\s+)?(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|not\s+(?:yet\s+)?(?:clear|known|decided|certain))|(?:it\s+)?(?:is|was)\s+(?:still\s+)?(?:undecided|uncertain)|no\s+decision\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:taken|made)\s+(?:on|about|as\s+to))\s+(?:whether|if)(?![\p{L}])|(?<![\p{L}])(?:n['’]a\s+pas\s+(?:encore\s+)?(?:dit|indiqué|précisé|annoncé|décidé)|on\s+ignore(?:\s+encore)?|(?:il\s+)?n['’]est\s+pas\s+(?:encore\s+)?(?:clair|certain|décidé))\s+si(?![\p{L}])|(?<![\p{L}])(?:no\s+ha\s+(?:dicho|indicado|precisado|anunciado|decidido)|(?:todavía\s+|aún\s+)?no\s+(?:se\s+sabe|está\s+claro|está\s+decidido)|(?:se\s+)?desconoce)\s+(?:todavía\s+|aún\s+)?si(?![\p{L}])/iu;

/** Whether `sentence` names a product only as a question no one has answered yet. */
export function leavesProductUndecided(sentence: string): boolean {
  return NOT_KNOWN_WHETHER.test(sentence);
}
