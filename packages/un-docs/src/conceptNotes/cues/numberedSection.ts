// Round t41b: a note's first numbered section heading is a label of its parts, not its title.
// Under "CONCEPT NOTE" an e-mail's note opens on "I. Mandate" (also "1. Purpose", "A. Rationale",
// `II. Modalités`, `1. Justificación`, `I. Contexto general`): a section number and one to three
// words, the shape of a section's name whatever the name is, where a theme named under such a
// number says what about ("1. Women's participation in peace processes in the Sahel"). The layout
// reads such lines as sections (layout/NoteLayout.ts); GENERIC in themeHeadingCues.ts knows a few
// names of sections, this knows them by their shape.

const NUMBERED_SECTION =
  /^(?:[IVX]{1,4}|\d{1,2}|[A-H])[.)]\s+\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s*:?$/u;

/** Whether `value` is a numbered section heading of one to three words ("I. Mandate"). */
export function isNumberedSection(value: string): boolean {
  return NUMBERED_SECTION.test(value.trim());
}
