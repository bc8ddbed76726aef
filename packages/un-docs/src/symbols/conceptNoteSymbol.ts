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

// Round h11t: or the symbol in brackets closing the sentence that circulates the note ("Portugal …
// circulated a concept note detailing specific issues … (S/2011/726).", `a fait circuler une note
// de cadrage … (S/2027/301).`): the bracket is the note's reference, no word of the sentence
// standing after it; one inside the sentence may be another document's.
const CIRCULATED_NOTE = new RegExp(
  String.raw`(?<![\p{L}])(?:circulated|prepared|issued|distributed|shared|a\s+fait\s+circuler|a\s+distribué|distribuyó|hizo\s+circular)\s+(?:an?\s+|une\s+|una\s+|(?:the|its|la|sa|su)\s+)(?:concept\s+note|note\s+de\s+cadrage|note\s+conceptuelle|nota\s+conceptual)`,
  'iu',
);
const CLOSING_SYMBOL = new RegExp(String.raw`\(\s*(${SINGLE})\s*\)\s*\.?\s*$`, 'u');

function circulatedNoteSymbol(text: string): string | null {
  // A PDF's lines wrap a sentence, and its reflow may set a line ending on "a" apart: the text is
  // read whole, sentence by sentence.
  const sentences = text.replace(/\s+/gu, ' ').split(/(?<=[.!?])\s+/u);
  for (const sentence of sentences) {
    const named = CIRCULATED_NOTE.exec(sentence);
    const rest = named ? sentence.slice(named.index) : '';
    const symbol = rest.length < 400 ? CLOSING_SYMBOL.exec(rest)?.[1] : undefined;
    if (symbol && /\d/u.test(symbol)) return symbol;
  }
  return null;
}

/** The symbol `text` gives for the meeting's concept note, or null. */
export function conceptNoteSymbol(text: string): string | null {
  const match = NOTE_NAMED.exec(text);
  const symbol = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  return symbol && /\d/u.test(symbol) ? symbol : circulatedNoteSymbol(text);
}
