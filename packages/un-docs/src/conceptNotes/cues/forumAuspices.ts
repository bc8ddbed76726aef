// Round w38at: a forum that is no standing body gives no body (decided at round 17's merge), and
// the body under whose auspices the forum meets is the forum's, not its session's: on a page
// whose title names the high-level political forum (“HLPF: “…””, `FPHN 2027 : « … »`, or a
// forum by the word), “under the auspices of ECOSOC” (`sous les auspices du Conseil économique
// et social`, `bajo los auspicios del Consejo Económico y Social`) names no body of the meeting's.

const FORUM = /(?<![\p{L}])(?:forum|foro|HLPF|FPHN|FPAN)(?![\p{L}])/iu;
const AUSPICES =
  /(?<![\p{L}])(?:under\s+the\s+auspices\s+of|sous\s+les\s+auspices\s+d(?:e|u|es)|bajo\s+los\s+auspicios\s+de(?:l)?)(?:\s+(?:the|la|le|l['’]|el))?\s*$/iu;

/** Whether the title lines name a forum. */
export function titledForum(blocks: readonly string[], titleBlocks: readonly number[]): boolean {
  return titleBlocks.some((index) => FORUM.test(blocks[index] ?? ''));
}

/** Whether the body at `index` in `text` is named as the one lending the forum its auspices. */
export function lendsAuspices(text: string, index: number): boolean {
  return AUSPICES.test(text.slice(Math.max(0, index - 50), index));
}

// Round t42c: or a sentence names the forum before the auspices, whatever the title says (“the
// High-level Political Forum on Sustainable Development under the auspices of the General Assembly
// will be convened in September”, `le Forum politique de haut niveau, sous les auspices de
// l'Assemblée générale, …`).
/** Whether `text` names a forum before the body at `index`, which lends it its auspices. */
export function forumUnderAuspices(text: string, index: number): boolean {
  return lendsAuspices(text, index) && FORUM.test(text.slice(0, index));
}
