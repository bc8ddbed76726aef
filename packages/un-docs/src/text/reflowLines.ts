import { joinHyphenated, vocabularyOf } from './joinHyphenated.js';

// Turns hard-wrapped lines (PDF text, e-mail text) into one line per block: a paragraph,
// heading, list item or footnote. Text that already has one line per block passes through.

/** A line that begins a block of its own: a paragraph number, list label, bullet, footnote or field. */
const BLOCK_START =
  /^(?:\d{1,3}\.\s|\(?[a-z]{1,2}\)\s|\(?[ivxlc]{1,5}[.)]\s|[IVXL]{1,5}\.\s|[A-Z]\.\s|[a-z]\.\s+(?=\p{Lu})|[•▪●◦·\-–*]\s|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s|[A-Z][\p{L}-]*(?:\s[\p{L}]+){0,2}\s?:\s)/u;

function typicalLength(lines: readonly string[]): number {
  const lengths = lines
    .map((line) => line.trim().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)?.[0].length ?? 0;
}

/**
 * Word's second-level bullet "o" arrives as a letter: a line that begins with it, as the line
 * above did, is the next sub-item, not the rest of a sentence.
 */
function sameListMark(previous: string, line: string): boolean {
  return /^o\s+\S/.test(previous) && /^o\s+\S/.test(line);
}

// A line naming the document's kind ("Concept note (as of 15 March 2016)") is a line of the
// title block of its own, never the end of the title above it.
const DOCUMENT_KIND =
  /^(?:concept\s+note|note\s+conceptuelle|note\s+de\s+cadrage|nota\s+conceptual|nota\s+de\s+concepto)\b/i;

function startsBlock(previous: string, line: string, shortLine: number): boolean {
  const text = line.trim();
  const before = previous.trim();
  return (
    BLOCK_START.test(text) ||
    DOCUMENT_KIND.test(text) ||
    indentOf(line) >= indentOf(previous) + 2 ||
    sameListMark(before, text) ||
    (/[?:]$/.test(before) && /^[\p{Lu}“"‘'(]/u.test(text)) ||
    before.length < shortLine
  );
}

export function reflowLines(lines: readonly string[]): string[] {
  const shortLine = typicalLength(lines) * 0.6;
  // Words split at a line end are looked up among the document's unbroken words.
  const vocabulary = vocabularyOf(lines.join('\n'));
  const blocks: string[] = [];
  let current: string | null = null;
  let previousLine = '';
  for (const line of lines) {
    if (line.trim() === '') {
      if (current !== null) blocks.push(current);
      current = null;
    } else if (current === null || startsBlock(previousLine, line, shortLine)) {
      if (current !== null) blocks.push(current);
      current = line.trim();
    } else if (/\p{L}-$/u.test(current)) {
      current = joinHyphenated(current, line.trim(), vocabulary);
    } else {
      current = `${current} ${line.trim()}`;
    }
    previousLine = line;
  }
  if (current !== null) blocks.push(current);
  return blocks;
}
