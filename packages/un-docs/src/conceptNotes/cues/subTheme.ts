// Round t42b: a sub-theme is one strand of the meeting's theme, not the theme ("under the
// sub-theme “X”", `avec pour sous-thème « X »`, `con el sub-tema «X»`): the theme word a cue read
// has "sub-" or `sous-` before it. The quotation stays a weak candidate, below a sentence's
// subject (0.5), for a note that names nothing else. (`subtema`, one word, is no theme word.)

const SUB_BEFORE = /(?<![\p{L}])(?:sub|sous)-?\s?$/iu;

/** Whether the theme word a cue read at `index` of `sentence` is a sub-theme's. */
export function isSubTheme(sentence: string, index: number): boolean {
  return SUB_BEFORE.test(sentence.slice(Math.max(0, index - 8), index));
}

/** The confidence of a theme quoted after "sub-theme". */
export const SUB_THEME_CONFIDENCE = 0.45;
