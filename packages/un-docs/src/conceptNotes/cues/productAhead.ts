// Round t42d: two more ways a note looks ahead to its meeting's product (findExpectedOutcome.ts).
// The product adopted in the passive future, in French and Spanish as English "will be adopted"
// is read (`Une déclaration politique … sera adoptée à cette occasion`, `se aprobará una
// declaración`, `será aprobada`); and the adoption of a draft the meeting will take up ("followed
// by the adoption of the draft Political Declaration", `l'adoption du projet de déclaration`,
// `la aprobación del proyecto de declaración`): a draft is adopted at the meeting, where "the
// adoption of the Political Declaration in 2016" is history.
const PRODUCT_AHEAD =
  /(?<![\p{L}])(?:sera|seront)\s+(?:adopté|approuvé|publié|diffusé|établi)e?s?(?![\p{L}])|(?<![\p{L}])(?:será|serán)\s+(?:adoptad|aprobad|publicad|emitid)[oa]s?(?![\p{L}])|(?<![\p{L}])se\s+(?:adoptará|aprobará|publicará|emitirá)n?(?![\p{L}])|\b(?:adoption|approval)\s+of\s+(?:the\s+|a\s+)?draft\b|(?<![\p{L}])(?:adoption|approbation)\s+du\s+projet(?![\p{L}])|(?<![\p{L}])(?:adopción|aprobación)\s+del\s+proyecto(?![\p{L}])/iu;

/** Whether a sentence looks ahead to a product by one of these two shapes. */
export function looksAheadToProduct(text: string): boolean {
  return PRODUCT_AHEAD.test(text);
}
