// The office a letter comes from, when an office writes it: its letterhead ("The President
// of the General Assembly" at the top) or its title ("Letter dated 1 March 2027 from the
// President of the General Assembly addressed to …"). Its "I will convene" and "I will
// prepare a summary" speak for that office. A letter may name its office only in the
// signature block at its end ("(Signed) Philemon Yang / President of the General Assembly").

const OFFICE = String.raw`(President of the (?:General Assembly|Economic and Social Council|Human Rights Council|Security Council)|Chair of the Peacebuilding Commission|Chair of the [A-Z][\w -]{3,60}? Configuration of the Peacebuilding Commission)`;
const LETTERHEAD = new RegExp(String.raw`^(?:The\s+)?${OFFICE}$`, 'i');
const SIGNATURE = new RegExp(
  String.raw`^(?:\(Signed\)|\(Firmado\)|\(Signé\))?[^.]{0,60}?\b${OFFICE}$`,
  'i',
);
const LETTER_FROM = new RegExp(
  String.raw`^(?:Identical\s+letters|Letter)\s+dated\s+.{4,40}?\s+from\s+the\s+${OFFICE}\s+addressed\s+to\b`,
  'i',
);
// The same titles in Spanish and French, where the office keeps its own words and article:
// "Carta de fecha 10 de febrero de 2027 dirigida a los Representantes Permanentes … por el
// Presidente de la Asamblea General", "Lettre datée du … adressée … par la Présidente de
// l'Assemblée générale".
const OFFICE_ES_FR = String.raw`((?:el|la)\s+(?:Presidente|Presidenta)\s+(?:de\s+la\s+Asamblea\s+General|del\s+Consejo\s+(?:Económico\s+y\s+Social|de\s+Derechos\s+Humanos|de\s+Seguridad)|de\s+la\s+Comisión\s+de\s+Consolidación\s+de\s+la\s+Paz)|(?:le|la)\s+Présidente?\s+(?:de\s+l['’]Assemblée\s+générale|du\s+Conseil\s+(?:économique\s+et\s+social|des\s+droits\s+de\s+l['’]homme|de\s+sécurité)|de\s+la\s+Commission\s+de\s+consolidation\s+de\s+la\s+paix))`;
const LETTER_FROM_ES_FR = new RegExp(
  String.raw`^(?:Cartas?\s+(?:idénticas\s+)?de\s+fecha|Lettres?\s+(?:identiques\s+)?datées?\s+du)\s+.{4,40}?\s+(?:(?:dirigidas?|adressées?)\s+.{0,200}?\s+)?(?:por|de|par)\s+${OFFICE_ES_FR}(?![\p{L}])`,
  'iu',
);
const FIRST_BLOCKS = 4;
const TITLE_BLOCKS = 14;
const SIGNATURE_BLOCKS = 4;

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

/** "PRESIDENT OF THE GENERAL ASSEMBLY" as a letterhead prints it → "President of the General Assembly". */
function officeCase(office: string): string {
  if (office !== office.toUpperCase()) return office;
  return office
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

/**
 * The office as a convener is named, with its article, in the letter's language ("the
 * President of the General Assembly", "el Presidente de la Asamblea General"), or null.
 */
export function letterOffice(blocks: readonly string[]): string | null {
  for (const block of blocks.slice(0, TITLE_BLOCKS)) {
    const office = block.length < 300 ? LETTER_FROM_ES_FR.exec(block)?.[1] : undefined;
    if (office) return office.replace(/^(?:El|La|Le)\b/u, (article) => article.toLowerCase());
  }
  const office = letterAuthor(blocks);
  return office ? `the ${office}` : null;
}

/** "President of the General Assembly", or null when no office signs the letter. */
export function letterAuthor(blocks: readonly string[]): string | null {
  const office = findLetterAuthor(blocks);
  return office ? officeCase(office) : null;
}

function findLetterAuthor(blocks: readonly string[]): string | null {
  for (const [index, block] of blocks.slice(0, TITLE_BLOCKS).entries()) {
    const office =
      (index < FIRST_BLOCKS ? LETTERHEAD.exec(block)?.[1] : undefined) ??
      (block.length < 300 ? LETTER_FROM.exec(block)?.[1] : undefined);
    if (office) return office;
  }
  // The signature block: "(Signed) Philemon Yang" / "President of the General Assembly".
  return (
    blocks
      .slice(-SIGNATURE_BLOCKS)
      .map((block) => SIGNATURE.exec(block)?.[1])
      .find(Boolean) ?? null
  );
}
