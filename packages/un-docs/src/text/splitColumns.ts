// PDF-to-text tools lay out a page's columns with runs of spaces ("United Nations      S/2022/154");
// splitting them gives each header field its own line. A gap after a paragraph label or a
// field's label is indentation, not a column: it stays on the line.

const LABEL = /^\s*(?:\d{1,3}\.|\(?[a-z]{1,4}\)|[ivxlc]{1,5}\.|[•▪●◦·–-])$/i;
// Round 12a: so is the gap after a field's label in a typed header ("Organizer:    United
// Nations Institute …", `Lieu :      Palais des Nations`): a label of a few words and its colon
// keep their value on their line.
const FIELD_LABEL = /^\s*\p{L}[\p{L}'’ -]{0,40}\s?:$/u;
const GAP = / {4,}|\t+/;

// Round 17: the gap after a list mark keeps its width ("     •    identify how …"), so the
// item's wrapped lines, indented to where its text begins, still hang under it (reflowLines).
const GAPS = / {4,}|\t+/g;

export function splitColumns(line: string): string[] {
  if (line.includes('\f')) return [line];
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const rest = line.slice(indent.length);
  const parts = rest.split(GAP);
  const gaps = [...rest.matchAll(GAPS)].map(([gap]) => gap);
  const lines: string[] = [];
  let current = indent;
  for (const [index, part] of parts.entries()) {
    if (index === 0) {
      current += part;
    } else if (LABEL.test(current)) {
      current += `${' '.repeat(gaps[index - 1]?.length ?? 1)}${part}`;
    } else if (FIELD_LABEL.test(current)) {
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
