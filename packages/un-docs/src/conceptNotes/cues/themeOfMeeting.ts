// Session 25 (round t40): a meeting is named with its subject when the sentence gives the theme
// of it ("the theme of this year's General Debate will be “…”", `El tema del debate político de
// este año es "…"`, `le thème du débat général sera …`), as "the meeting on X" does: the words
// before the meeting's name say "the theme of", at most four words naming its year or level
// between them.
const THEME_OF =
  /(?<![\p{L}])(?:theme|topic|focus|thème|sujet|tema|lema)\s+(?:of|for|du|de\s+la|de\s+l['’]|des|del|de\s+los|de\s+las|de)\s+(?:(?:the|this|le|la|les|l['’]|el|los|las|este|esta)\s+)?(?:[\p{L}\p{M}\d'’-]+\s+){0,4}?$/iu;

/** Whether the words before a meeting's name give it as the meeting whose theme the sentence states. */
export function themeOfMeetingBefore(before: string): boolean {
  return THEME_OF.test(before);
}
