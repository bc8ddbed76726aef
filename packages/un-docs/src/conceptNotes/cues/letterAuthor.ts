import { letterheadLines } from './letterheadLines.js';

// The office a letter comes from, when an office writes it: its letterhead ("The President
// of the General Assembly" at the top) or its title ("Letter dated 1 March 2027 from the
// President of the General Assembly addressed to …"). Its "I will convene" and "I will
// prepare a summary" speak for that office. A letter may name its office only in the
// signature block at its end ("(Signed) Philemon Yang / President of the General Assembly").

const OFFICE = String.raw`(President of the (?:General Assembly|Economic and Social Council|Human Rights Council|Security Council)|Chair of the Peacebuilding Commission|Chair of the [A-Z][\w -]{3,60}? Configuration of the Peacebuilding Commission)`;
// Round 31a: a memo's "From:" line names the office as a letterhead does ("To: All Member
// States and Observers" / "From: The President of the General Assembly").
const LETTERHEAD = new RegExp(String.raw`^(?:From\s*:\s*)?(?:The\s+)?${OFFICE}$`, 'i');
const SIGNATURE = new RegExp(
  String.raw`^(?:\(Signed\)|\(Firmado\)|\(Signé\))?[^.]{0,60}?\b${OFFICE}$`,
  'i',
);
const LETTER_FROM = new RegExp(
  String.raw`^(?:Identical\s+letters|Letter)\s+dated\s+.{4,40}?\s+from\s+the\s+${OFFICE}\s+addressed\s+to\b`,
  'i',
);
// Round w36at: or a title that gives no date and no addressee ("Letter from the President of the
// Human Rights Council", "Message from the President of …"), the whole line.
const LETTER_TITLE = new RegExp(String.raw`^(?:Letter|Message)\s+from\s+the\s+${OFFICE}$`, 'i');
// The same titles in Spanish and French, where the office keeps its own words and article:
// "Carta de fecha 10 de febrero de 2027 dirigida a los Representantes Permanentes … por el
// Presidente de la Asamblea General", "Lettre datée du … adressée … par la Présidente de
// l'Assemblée générale".
const OFFICE_ES_FR = String.raw`((?:el|la)\s+(?:Presidente|Presidenta)\s+(?:de\s+la\s+Asamblea\s+General|del\s+Consejo\s+(?:Económico\s+y\s+Social|de\s+Derechos\s+Humanos|de\s+Seguridad)|de\s+la\s+Comisión\s+de\s+Consolidación\s+de\s+la\s+Paz)|(?:le|la)\s+Présidente?\s+(?:de\s+l['’]Assemblée\s+générale|du\s+Conseil\s+(?:économique\s+et\s+social|des\s+droits\s+de\s+l['’]homme|de\s+sécurité)|de\s+la\s+Commission\s+de\s+consolidation\s+de\s+la\s+paix))`;
const LETTER_FROM_ES_FR = new RegExp(
  String.raw`^(?:Cartas?\s+(?:idénticas\s+)?de\s+fecha|Lettres?\s+(?:identiques\s+)?datées?\s+du)\s+.{4,40}?\s+(?:(?:dirigidas?|adressées?)\s+.{0,200}?\s+)?(?:por|de|par)\s+${OFFICE_ES_FR}(?![\p{L}])`,
  'iu',
);
// Round 13a: a French or Spanish letterhead names the office with its article, often in
// capitals ("LE PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE"); the convener keeps the UN's own casing.
const LETTERHEAD_ES_FR = new RegExp(String.raw`^${OFFICE_ES_FR}$`, 'iu');
const ES_FR_NAMES = [
  'Presidente',
  'Presidenta',
  'Président',
  'Présidente',
  'Asamblea General',
  'Consejo Económico y Social',
  'Consejo de Derechos Humanos',
  'Consejo de Seguridad',
  'Comisión de Consolidación de la Paz',
  'Assemblée générale',
  'Conseil économique et social',
  "Conseil des droits de l'homme",
  'Conseil de sécurité',
  'Commission de consolidation de la paix',
];
// Session 26 (round t41c): a signature block names the office with its session, in the letter's
// language ("President of the seventy-ninth session of the General Assembly", `Presidente del
// octogésimo primer período de sesiones de la Asamblea General`, `Présidente de la
// quatre-vingtième session de l'Assemblée générale`); the convener is the office without it, as
// the convention of 2026-12-05 names it (`el Presidente de la Asamblea General`), the article the
// title's gender. A Spanish or French signature without the session is the office as it stands.
const SESSION_EN = String.raw`(?:\s+of\s+the\s+[\p{L}\d-]+(?:\s+[\p{L}-]+)?\s+session)?`;
const SIGNATURE_SESSION = new RegExp(
  String.raw`^(?:\(Signed\))?[^.]{0,60}?(?<![\p{L}])(President)${SESSION_EN}\s+of\s+the\s+(General Assembly|Economic and Social Council|Human Rights Council)$`,
  'iu',
);
const SIGNATURE_ES_FR = new RegExp(
  String.raw`^(?:\((?:Firmado|Signé)\))?[^.]{0,60}?(?<![\p{L}])(?:(Presidente|Presidenta)(?:\s+del?\s+[\p{L}\d.ºª-]+(?:\s+[\p{L}-]+)?\s+período\s+de\s+sesiones)?\s+(de\s+la\s+Asamblea\s+General|del\s+Consejo\s+(?:Económico\s+y\s+Social|de\s+Derechos\s+Humanos))|(Présidente?)(?:\s+de\s+la\s+[\p{L}\d-]+(?:\s+[\p{L}-]+)?\s+session)?\s+(de\s+l['’]Assemblée\s+générale|du\s+Conseil\s+(?:économique\s+et\s+social|des\s+droits\s+de\s+l['’]homme)))$`,
  'iu',
);

/** The office a signature block names, its session dropped, with the article of its language. */
export function signatureOffice(block: string): string | null {
  const romance = SIGNATURE_ES_FR.exec(block.trim());
  if (romance) {
    const title = romance[1] ?? romance[3] ?? '';
    const of = romance[2] ?? romance[4] ?? '';
    const feminine = /^(?:Presidenta|Présidente)$/iu.test(title);
    const article = feminine ? 'la' : romance[1] ? 'el' : 'le';
    return `${article} ${title} ${of.replace(/\s+/gu, ' ')}`;
  }
  const english = SIGNATURE_SESSION.exec(block.trim());
  return english ? `the President of the ${english[2]}` : null;
}

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

/** "LE PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE" → "le Président de l'Assemblée générale". */
function officeCaseEsFr(office: string): string {
  if (office !== office.toUpperCase()) return office.replace(/^\p{L}+/u, (a) => a.toLowerCase());
  let cased = office.toLowerCase();
  for (const name of ES_FR_NAMES) {
    const at = cased.search(
      new RegExp(`(?<![\\p{L}])${name.replace(/['’]/gu, "['’]")}(?![\\p{L}])`, 'iu'),
    );
    if (at < 0) continue;
    // The apostrophe stays the one the letterhead prints.
    const own = [...name].map((char, index) => (char === "'" ? (cased[at + index] ?? char) : char));
    cased = cased.slice(0, at) + own.join('') + cased.slice(at + name.length);
  }
  return cased;
}

/**
 * The office as a convener is named, with its article, in the letter's language ("the
 * President of the General Assembly", "el Presidente de la Asamblea General"), or null.
 */
export function letterOffice(blocks: readonly string[]): string | null {
  for (const line of letterheadLines(blocks, FIRST_BLOCKS)) {
    const office = LETTERHEAD_ES_FR.exec(line)?.[1];
    if (office) return officeCaseEsFr(office);
  }
  for (const block of blocks.slice(0, TITLE_BLOCKS)) {
    const office = block.length < 300 ? LETTER_FROM_ES_FR.exec(block)?.[1] : undefined;
    if (office) return office.replace(/^(?:El|La|Le)\b/u, (article) => article.toLowerCase());
  }
  const office = letterAuthor(blocks);
  if (office) return `the ${office}`;
  return (
    blocks
      .slice(-SIGNATURE_BLOCKS)
      .map((block) => signatureOffice(block))
      .find(Boolean) ?? null
  );
}

/** "President of the General Assembly", or null when no office signs the letter. */
export function letterAuthor(blocks: readonly string[]): string | null {
  const office = findLetterAuthor(blocks);
  return office ? officeCase(office) : null;
}

function findLetterAuthor(blocks: readonly string[]): string | null {
  for (const line of letterheadLines(blocks, FIRST_BLOCKS)) {
    const office = LETTERHEAD.exec(line)?.[1];
    if (office) return office;
  }
  for (const block of blocks.slice(0, TITLE_BLOCKS)) {
    const office =
      (block.length < 300 ? LETTER_FROM.exec(block)?.[1] : undefined) ??
      LETTER_TITLE.exec(block.trim())?.[1];
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
