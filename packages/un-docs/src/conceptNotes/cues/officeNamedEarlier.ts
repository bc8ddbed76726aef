// Round 25a: a letter may name the office in full once ("By instruction of the President of the
// eighty-first session of the General Assembly", `Por instrucciones del Presidente del …
// período de sesiones de la Asamblea General`) and then convene by the bare office in the same
// sentence ("which the President will convene", `que el Presidente convocará`). The bare office
// is that office: it takes the body named with it earlier, in the sentence's words and without
// its session ("el Presidente de la Asamblea General").

const BARE_OFFICE =
  /^(the|la|le|el)\s+((?:Vice-)?(?:President|Chair|Présidente?|Presidente?|Presidenta))$/iu;
const BODIES = String.raw`the\s+General\s+Assembly|la\s+Asamblea\s+General|l['’]Assemblée\s+générale|the\s+Economic\s+and\s+Social\s+Council|el\s+Consejo\s+Económico\s+y\s+Social|le\s+Conseil\s+économique\s+et\s+social|the\s+Human\s+Rights\s+Council|el\s+Consejo\s+de\s+Derechos\s+Humanos|le\s+Conseil\s+des\s+droits\s+de\s+l['’]homme|the\s+Peacebuilding\s+Commission|la\s+Comisión\s+de\s+Consolidación\s+de\s+la\s+Paz|la\s+Commission\s+de\s+consolidation\s+de\s+la\s+paix`;

/** `of the …`, `de la …`, `de l'…`, `del …` (`de el`), `du …` (`de le`). */
function linked(body: string): string {
  if (/^the\s/iu.test(body)) return `of ${body}`;
  if (/^el\s/iu.test(body)) return `del ${body.slice(3)}`;
  if (/^le\s/iu.test(body)) return `du ${body.slice(3)}`;
  return `de ${body}`;
}

/** The bare office `office` completed with the body `sentence` names it with earlier, or null. */
export function officeNamedEarlier(office: string, sentence: string): string | null {
  const bare = BARE_OFFICE.exec(office.trim());
  if (!bare?.[1] || !bare[2]) return null;
  const named = new RegExp(
    String.raw`(?<![\p{L}-])${bare[2]}\s+(?:of|de|du|del)\s+[^.;:]{0,100}?(${BODIES})(?![\p{L}])`,
    'iu',
  ).exec(sentence);
  const body = named?.[1]?.replace(/\s+/gu, ' ');
  return body ? `${bare[1]} ${bare[2]} ${linked(body)}` : null;
}
