// Round t43b: a UN document prints its own symbol in its footer beside the job number the
// Secretariat's document services give it (Geneva's "GE.09-13532", New York's "24-01234 (E)").
// A PDF whose text was flattened into one line keeps that pair in the middle of the text
// ("… found in annex. ______________ A/HRC/11/OD.9 GE.09-13532 -2- Programme of Work …"), where no
// header line stands alone: the symbol before the job number is the document's own, as a header
// line's is (findSymbol.ts). A symbol cited in a sentence is followed by no job number.

const SINGLE = String.raw`[A-Z]{1,8}(?:\/[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)+`;
const BESIDE_JOB_NUMBER = new RegExp(
  String.raw`(?<![\w/.])(${SINGLE})\*{0,2}\s+(?:GE\.\d{2}-\d{5}(?!\d)|\d{2}-\d{5}\s*\([EFSARC]\))`,
  'u',
);

/** The symbol printed beside the document's job number in `text`, or null. */
export function jobNumberSymbol(text: string): string | null {
  const symbol = BESIDE_JOB_NUMBER.exec(text)?.[1];
  return symbol && /\d/u.test(symbol) ? symbol : null;
}
