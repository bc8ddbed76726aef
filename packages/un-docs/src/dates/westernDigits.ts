// Round ruar (session 18): Arabic texts print their numbers in Arabic-Indic digits (`٢٣ أكتوبر
// ٢٠٢٥`, `الساعة ١٠:٠٠`), Persian and Urdu ones in the extended forms; dates and times are read
// in Western digits. Each digit is one UTF-16 unit in both, so what is found keeps its place.

// Round zh: and Chinese texts sometimes in full-width digits (`２０２７年１０月５日`, `１０时`).
const EASTERN = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/gu;

/** The text with Arabic-Indic, extended Arabic-Indic and full-width digits written as 0–9. */
export function westernDigits(text: string): string {
  return text.replace(EASTERN, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}
