// Round 31d: a UN entity's French or Spanish name runs on past "pour" / "para" ("le Bureau des
// Nations Unies pour la réduction des risques de catastrophe", "el Programa de las Naciones Unidas
// para los Asentamientos Humanos", "la Commission économique pour l'Afrique", "la Comisión
// Económica para América Latina y el Caribe"), though the word ends a list of organizers
// elsewhere ("organisée par la Suisse pour marquer …", "por Chile para examinar …"). It belongs to
// the name right after "des Nations Unies", "de las Naciones Unidas" or a regional economic
// commission, when an article or a capital follows it (what the entity is for), not a verb.

const BEFORE =
  /(?:Nations\s+Unies|Naciones\s+Unidas|Commission\s+économique|Comisión\s+Económica)\s*$/iu;
const WORD = /^[,\s]*(?:pour|para)$/iu;
const AFTER = /^\s+(?:l['’]|la\s|le\s|les\s|el\s|los\s|las\s|\p{Lu})/u;

/** Whether the stop word `match` found in `text` is the "pour" / "para" inside a UN entity's name. */
export function insideEntityName(text: string, match: RegExpExecArray): boolean {
  return (
    WORD.test(match[0]) &&
    BEFORE.test(text.slice(0, match.index)) &&
    AFTER.test(text.slice(match.index + match[0].length))
  );
}
