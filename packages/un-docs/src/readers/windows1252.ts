// Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €), which is where
// text typed in older Windows tools puts its punctuation. Node's TextDecoder treats the
// label as Latin-1 there, so the table is spelled out.

const HIGH_CONTROL_RANGE: readonly (number | null)[] = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null,
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    const mapped = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80] : null;
    text += String.fromCharCode(mapped ?? byte);
  }
  return text;
}
