// Round w36bt: a letterhead printed over several short lines ("THE PRESIDENT" / "OF THE" /
// "ECONOMIC AND SOCIAL COUNCIL", `LA PRESIDENTA DE LA` / `ASAMBLEA GENERAL`) names the office
// as one line does; a PDF or a scan keeps the letterhead's line breaks as blocks of their own.

const MAX_LINES = 4;
const SHORT_LINE = /^[^.:;,]{1,40}$/u;

/**
 * The first blocks of a letter, each on its own, then every run of two to four short lines among
 * them joined as one line: where a letterhead is read.
 */
export function letterheadLines(blocks: readonly string[], count: number): string[] {
  const heads = blocks.slice(0, count).map((block) => block.trim());
  const joined: string[] = [];
  for (let start = 0; start < heads.length; start += 1) {
    for (let end = start + 2; end <= Math.min(start + MAX_LINES, heads.length); end += 1) {
      const lines = heads.slice(start, end);
      if (!lines.every((line) => SHORT_LINE.test(line))) break;
      joined.push(lines.join(' '));
    }
  }
  return [...heads, ...joined, ...joined.flatMap((line) => officeFirst(line) ?? [])];
}

// Round w37bt: a letterhead may name the body first and its office under it ("GENERAL ASSEMBLY" /
// "THE PRESIDENT", `CONSEJO ECONÓMICO Y SOCIAL` / `LA PRESIDENTA`, `CONSEIL DES DROITS DE L'HOMME` /
// `LE PRÉSIDENT`): the office of that body, as a letterhead naming the office first reads.
const BODY_THEN_OFFICE =
  /^(?:the\s+)?(General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Security\s+Council|Peacebuilding\s+Commission|Asamblea\s+General|Consejo\s+Económico\s+y\s+Social|Consejo\s+de\s+Derechos\s+Humanos|Consejo\s+de\s+Seguridad|Comisión\s+de\s+Consolidación\s+de\s+la\s+Paz|Assemblée\s+générale|Conseil\s+économique\s+et\s+social|Conseil\s+des\s+droits\s+de\s+l['’]homme|Conseil\s+de\s+sécurité|Commission\s+de\s+consolidation\s+de\s+la\s+paix)\s+(the|el|la|le)?\s*(President|Chair|Presidente|Presidenta|Président|Présidente)$/iu;

function officeFirst(line: string): string | null {
  const match = BODY_THEN_OFFICE.exec(line);
  if (!match?.[1] || !match[3]) return null;
  const [, body, article, office] = match;
  const english = /^(?:President|Chair)$/iu.test(office);
  const spanish = /^Presidente|^Presidenta/iu.test(office);
  const feminine = /^(?:Presidenta|Présidente)$/iu.test(office);
  const of = english
    ? 'of the '
    : spanish
      ? /^Consejo/iu.test(body)
        ? 'del '
        : 'de la '
      : /^Conseil/iu.test(body)
        ? 'du '
        : /^Assemblée/iu.test(body)
          ? "de l'"
          : 'de la ';
  const lead = article ?? (english ? 'the' : feminine ? 'la' : spanish ? 'el' : 'le');
  const words = `${lead} ${office} ${of}${body}`;
  return line === line.toUpperCase() ? words.toUpperCase() : words;
}
