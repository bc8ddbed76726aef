// Round 16: an office or a body that convened a meeting, in the active past ("The President of
// ECOSOC convened a meeting of ECOSOC with the Chairs …", `a convoqué une réunion spéciale`,
// `convocó una reunión`), tells of a meeting held, as "was held" does; round 20: so does one that
// "took the initiative … by calling an Open Debate" (an event page written after the meeting); the participle of a note
// ahead ("a meeting convened by Estonia", `convoquée par`) has no object and says nothing of it.

// One meeting, singular: "convened a series of meetings at the expert level" recalls the earlier
// meetings of a series the text's own meeting continues.
const CONVENED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<!(?:be|been|being|to)\s)convened\s+(?:a|an|its|the)(?:\s+[\p{L}-]+){0,3}?\s+(?:meeting|debate|dialogue|session|briefing|panel|event|round\s?table|hearing|forum)|a\s+convoqué\s+(?:une|un|la|le|sa|son)(?:\s+[\p{L}-]+){0,3}?\s+(?:réunion|séance|session|débat|table ronde)|convocó\s+(?:una|un|la|el|su)(?:\s+[\p{L}-]+){0,3}?\s+(?:reunión|sesión|debate|diálogo|mesa redonda)|took\s+the\s+initiative\b[^.;]{0,120}?\s(?:by\s+)?(?:calling|convening|holding|hosting|organi[sz]ing)\s+(?:a|an|the|its)(?:\s+[\p{L}-]+){0,3}?\s+(?:meeting|debate|dialogue|session|briefing|panel|event|round\s?table|hearing|forum))(?![\p{L}])`,
  'iu',
);

/** A sentence telling that someone convened a meeting, in the active past. */
export function convenedHeld(text: string): boolean {
  return CONVENED.test(text);
}
