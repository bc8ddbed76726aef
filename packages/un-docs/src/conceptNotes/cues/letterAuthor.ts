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
