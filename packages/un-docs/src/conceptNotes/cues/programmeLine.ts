// Round 22: a presidency's programme lists its events one a line, each a day, a dash and the
// meeting without a verb ("16 de julio – debate ministerial abierto bajo el lema …"), under an
// introduction that looks forward to them ("Durante la presidencia rusa están previstos tres
// acontecimientos principales:", "three signature events are planned:"). The line names a
// meeting ahead as a sentence with a future would; by the convention on texts announcing several
// meetings, the first is the one read.

const PROGRAMME_LINE =
  /^\s*(?:\d{1,2}(?:er|\.?º)?\s+(?:de\s+)?\p{L}+|\p{L}+\s+\d{1,2})(?:,?\s+(?:de\s+)?\d{4})?\s*[–—-]\s+\S/u;
const ENDS_INTRODUCING = /:\s*$/u;
// What plans a meeting without a future: "are planned", `sont prévus`, `están previstos`.
const PLANNED =
  /(?<![\p{L}])(?:planned|scheduled|foreseen|envisaged|prévue?s?|programmée?s?|previst[oa]s?|programad[oa]s?)(?![\p{L}])/iu;

/** Whether `block` is a programme's line: a day, a dash, what happens that day. */
export function isProgrammeLine(block: string): boolean {
  return PROGRAMME_LINE.test(block);
}

/**
 * The introduction above the programme line that `source` starts with, or null when `source`
 * is no programme line or the lines above it have none (a colon ends it).
 */
export function programmeIntroduction(blocks: readonly string[], source: string): string | null {
  const at = blocks.findIndex((block) => source.startsWith(block) || block.startsWith(source));
  if (at < 0 || !isProgrammeLine(blocks[at] ?? '')) return null;
  let above = at - 1;
  while (above >= 0 && isProgrammeLine(blocks[above] ?? '')) above -= 1;
  const intro = blocks[above];
  return intro !== undefined && ENDS_INTRODUCING.test(intro) ? intro : null;
}

/** Whether an introduction plans what it introduces ("are planned:", `están previstos`). */
export function plansAhead(intro: string): boolean {
  return PLANNED.test(intro);
}
