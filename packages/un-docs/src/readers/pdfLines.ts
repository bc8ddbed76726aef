import { toSuperscript } from '../text/superscript.js';

// Rebuilds a page's lines from pdf.js text items: items on one baseline form a line, read
// left to right; a wide gap becomes a column break, a raised and smaller digit run becomes
// a superscript footnote marker, and extra space between lines becomes a blank line.

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  baseline: number;
  size: number;
  items: PdfTextItem[];
}

function groupLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  for (const item of [...items].sort((a, b) => b.size - a.size)) {
    const line = lines.find(
      (candidate) => Math.abs(candidate.baseline - item.y) < 0.6 * candidate.size,
    );
    if (line) line.items.push(item);
    else lines.push({ baseline: item.y, size: item.size, items: [item] });
  }
  return lines.sort((a, b) => b.baseline - a.baseline);
}

function lineText(line: Line, left: number): string {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  const first = items[0];
  let text = first
    ? ' '.repeat(Math.min(20, Math.round((first.x - left) / (line.size * 0.5))))
    : '';
  let end = first?.x ?? left;
  for (const item of items) {
    const gap = item.x - end;
    const raised = item.size < 0.85 * line.size && item.y > line.baseline + 0.15 * line.size;
    const str = raised && /^\d+$/.test(item.str.trim()) ? toSuperscript(item.str.trim()) : item.str;
    if (item !== first)
      text += gap > 3 * line.size ? '    ' : gap > 0.15 * line.size && !/\s$/.test(text) ? ' ' : '';
    text += str;
    end = Math.max(end, item.x + item.width);
  }
  // A footnote's marker is often set tight against its text.
  return text.trimEnd().replace(/^(\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?=\S)/u, '$1 ');
}

/**
 * The spacing above which two lines belong to different blocks. Most spacings are plain
 * leading; when every paragraph is a single line there is none to measure, and the font
 * size stands in for it.
 */
function paragraphGap(spacings: readonly number[], size: number): number {
  const sorted = [...spacings].sort((a, b) => a - b);
  const leading = sorted[Math.floor(sorted.length * 0.2)] ?? size * 1.2;
  return 1.35 * (leading > 1.4 * size ? 1.2 * size : leading);
}

/** The size most of the page's characters are set in. */
function textSize(lines: readonly Line[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const chars = line.items.reduce((sum, item) => sum + item.str.length, 0);
    const size = Math.round(line.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + chars);
  }
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * Lines set clearly larger than the text are titles: they are marked as Markdown headings
 * (a title over several lines as one), so the parsers see the document's outline.
 */
function markTitles(lines: readonly Line[], texts: readonly string[]): string[] {
  const size = textSize(lines);
  return texts.map((text, index) => {
    const line = lines[index];
    const title = line !== undefined && size > 0 && line.size >= 1.3 * size && /\p{L}/u.test(text);
    return title ? `# ${text.trim()}` : text;
  });
}

export function pdfLines(items: readonly PdfTextItem[]): string[] {
  const visible = items.filter((item) => item.str.trim() !== '');
  const lines = groupLines(visible);
  const left = Math.min(...visible.map((item) => item.x));
  const spacings = lines
    .slice(1)
    .map((line, index) => (lines[index]?.baseline ?? 0) - line.baseline);
  const texts = markTitles(
    lines,
    lines.map((line) => lineText(line, left)),
  );
  const out: string[] = [];
  for (const [index, line] of lines.entries()) {
    const text = texts[index] ?? '';
    const previous = out[out.length - 1];
    if (previous?.startsWith('# ') && text.startsWith('# ')) {
      out[out.length - 1] = `${previous} ${text.slice(2)}`;
      continue;
    }
    if (index > 0 && (spacings[index - 1] ?? 0) > paragraphGap(spacings, line.size)) out.push('');
    out.push(text);
  }
  return out;
}
