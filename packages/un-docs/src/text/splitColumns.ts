// PDF-to-text tools lay out a page's columns with runs of spaces ("United Nations      S/2022/154");
// splitting them gives each header field its own line. A gap after a paragraph label or a
// field's label is indentation, not a column, and collapses to one space.

const LABEL = /^\s*(?:\d{1,3}\.|\(?[a-z]{1,4}\)|[ivxlc]{1,5}\.|[•▪●◦·–-])$/i;
// Round 12a: so is the gap after a field's label in a typed header ("Organizer:    United
// Nations Institute …", `Lieu :      Palais des Nations`): a label of a few words and its colon
// keep their value on their line.
const FIELD_LABEL = /^\s*\p{L}[\p{L}'’ -]{0,40}\s?:$/u;
const GAP = / {4,}|\t+/;

export function splitColumns(line: string): string[] {
  if (line.includes('\f')) return [line];
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const parts = line.slice(indent.length).split(GAP);
  const lines: string[] = [];
  let current = indent;
  for (const [index, part] of parts.entries()) {
    if (index === 0) {
      current += part;
    } else if (LABEL.test(current) || FIELD_LABEL.test(current)) {
      current += ` ${part}`;
    } else {
      lines.push(current);
      current = part;
    }
  }
  lines.push(current);
  // Columns are separate fields (header, footer): each becomes a block of its own.
  return lines.length === 1 ? [current.trimEnd()] : lines.flatMap((part) => [part.trimEnd(), '']);
}
