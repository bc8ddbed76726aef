// Decided at round 16's merge: a symbol is a document's, not a press release's. The UN's press
// services number their releases by series, “SC/16221” (Security Council), “CS/14623” (its French
// series), “GA/12010” and “GA/EF/3380” (the Assembly and its committees), `AG/…`, “ECOSOC/7120”,
// “SG/SM/22000” (the Secretary-General's statements): a header line holding only such a number
// names the release, not the concept note or its letter.

const SERIES = String.raw`(?:SC|CS|GA|AG|ECOSOC|SG\/SM|SG\/A|DSG\/SM|PBC|SOC|DEV|ENV|OBV|WOM|HR|PI|L|NOTE)`;
const PRESS_RELEASE = new RegExp(
  String.raw`^${SERIES}(?:\/[A-Z]{2,5})?\/\d{3,6}(?:\/Rev\.\d)?$`,
  'u',
);

/** Whether `symbol` is a press release's number (“SC/16221”), not a document symbol. */
export function isPressReleaseNumber(symbol: string): boolean {
  return PRESS_RELEASE.test(symbol);
}
