// Round 22 (the convention decided at round 18's merge): a text about a meeting may give the
// symbol of the meeting's own concept note in a sentence ("The concept note (S/2025/301) that
// Greece prepared", `la note de cadrage (S/2027/144)`, `la nota conceptual (S/2027/9)`,
// "the concept note contained in document A/82/415"); that symbol is the note's, where the text
// carries none on a header line. A symbol cited for another document (a report, a resolution)
// is not.

const SINGLE = String.raw`[A-Z]{1,8}(?:\/[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)+`;
const NOTE_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:concept\s+note|note\s+de\s+cadrage|note\s+conceptuelle|nota\s+conceptual)(?:\s*\(\s*(${SINGLE})\s*\)|,\s+(${SINGLE}),|\s+(?:contained\s+in|circulated\s+as|publiée?\s+sous\s+la\s+cote|distribuida\s+con\s+la\s+signatura)\s+(?:document\s+)?(${SINGLE}))`,
  'iu',
);

/** The symbol `text` gives for the meeting's concept note, or null. */
export function conceptNoteSymbol(text: string): string | null {
  const match = NOTE_NAMED.exec(text);
  const symbol = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  return symbol && /\d/u.test(symbol) ? symbol : null;
}
