// Round 32a: a name's acronym in brackets inside a subject that goes on after it ("… the 2017
// high-level political forum on sustainable development (HLPF) and the high-level segment of the
// ECOSOC", `… para la Reducción del Riesgo de Desastres (UNDRR) y los sistemas de alerta
// temprana`) is part of the subject as printed: a parenthesis ends a subject (subjectOf.ts) only
// when it is an aside ("(New York time)") or closes it.

const ACRONYM = String.raw`(?=[^()]{0,24}\p{Lu}[^()]{0,24}\p{Lu})\p{Lu}[\p{L}\d&-]{0,11}(?:\s\p{Lu}[\p{L}\d&-]{0,11})?`;

/** A bracketed acronym followed by more of the subject, lower-case words: a lookahead's body. */
export const ACRONYM_WITHIN = String.raw`${ACRONYM}\)\s+(?:\p{Ll}|as\s+well\s+as)`;
