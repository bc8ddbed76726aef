// Round 36h: a text may name its meeting once in full with an acronym ("the ECOSOC Humanitarian
// Affairs Segment (HAS)") and then only by the acronym ("the 2023 HAS will take place from 21 to
// 23 June in Geneva"). The sentence naming it by the acronym announces that meeting, so its kind
// is read as the full name gives it: the acronym is spelled out for reading the kind.

const KIND = String.raw`(?:Segment|Session|Forum|Dialogue|Meeting|Conference|Summit|Debate|Hearing|Review|Segmento|Foro|Diálogo|Reunión|Conferencia|Cumbre|Réunion|Débat|Sommet)`;
const DEFINED = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}-]*\s+(?:(?:for|of|and|on)\s+)?){1,6}${KIND})\s*\((\p{Lu}{2,8})\)`,
  'gu',
);

/** The meetings `text` names with an acronym in brackets, by acronym. */
export function meetingAcronyms(text: string): ReadonlyMap<string, string> {
  // A body's acronym before the name ("ECOSOC Humanitarian Affairs Segment") is no part of it.
  return new Map(
    [...text.matchAll(DEFINED)].map((match) => [
      match[2] ?? '',
      (match[1] ?? '').replace(/^(?:\p{Lu}{2,}\s+)+/u, ''),
    ]),
  );
}

/** `block` with each acronym in `acronyms` (meetingAcronyms) spelled out. */
export function withMeetingAcronymsSpelled(
  block: string,
  acronyms: ReadonlyMap<string, string>,
): string {
  let spelled = block;
  for (const [acronym, name] of acronyms) {
    spelled = spelled.replace(
      new RegExp(String.raw`(?<![\p{L}(])${acronym}(?![\p{L})])`, 'gu'),
      name,
    );
  }
  return spelled;
}
