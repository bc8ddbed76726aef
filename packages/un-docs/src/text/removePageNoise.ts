import { mastheadSymbol, SYMBOL_LINE } from '../symbols/findSymbol.js';

// What a page adds around the text: job numbers ("21-05873 (E) 260321"), bar codes,
// "Please recycle", page numbers ("3", "2/5", "- 3 -") and the symbol repeated as a
// running header. Removed lines become blank so that page edges stay block boundaries.

const NOISE = [
  /^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})*$/, // job number, optional date stamps
  /^(?:GE\.)?\d{2}-\d{5}\s*\([A-Z]\)$/,
  /^\d{2}-\d{5}(?:\s*\([A-Z]\))?\s+\d{1,3}\/\d{1,3}$/, // job number and page, "21-04201 2/5"
  /^\d{1,3}\/\d{1,3}\s+\d{2}-\d{5}(?:\s*\([A-Z]\))?$/,
  /^\*\d{7,8}\*$/, // bar code
  /^please recycle\s*♲?$/i,
  /^♲$/,
  /^(?:page\s+)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?$/i,
  /^-\s*\d{1,3}\s*-$/,
  // A viewer's page counter copied with the text, in any of several languages: "You are on
  // page 1 of 4", "Sunteți pe pagina 1din 4", "Página 1 de 4", "Page 1 sur 4".
  /^(?:[\p{L}\s]{0,30}\s)?(?:page|pagina|página|seite)\s+\d{1,3}\s*(?:of|sur|de|din|von|\/)\s*\d{1,3}$/iu,
  /^\d{6}$/, // date stamp left alone after a column split
];

function isNoise(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && NOISE.some((pattern) => pattern.test(trimmed));
}

/** Lines at the top or bottom of several pages that only differ by their digits. */
function runningLines(pages: readonly string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const content = page.filter((line) => line.trim() !== '');
    // On a short page every line is at an edge; only full pages tell furniture from text.
    if (content.length < 6) continue;
    const edges = new Set([...content.slice(0, 2), ...content.slice(-2)]);
    for (const line of edges) {
      const key = line.trim().replace(/\d+/g, '#');
      if (key.length <= 80) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([key]) => key));
}

/**
 * Round 17: the lines at a page break, where running headers and footers stand: the last two
 * of a page followed by another, the first two of a page after the first. (The first page's
 * top is the document's own header.)
 */
function atPageBreak(page: readonly string[], index: number, pages: number): Set<number> {
  const content = page.flatMap((line, at) => (line.trim() === '' ? [] : [at]));
  return new Set([
    ...(index > 0 ? content.slice(0, 2) : []),
    ...(index < pages - 1 ? content.slice(-2) : []),
  ]);
}

export function removePageNoise(lines: readonly string[]): string[] {
  const pages: string[][] = [[]];
  for (const line of lines) {
    if (line.includes('\f')) pages.push([]);
    pages[pages.length - 1]?.push(line.replace(/\f/g, ''));
  }
  const running = pages.length > 2 ? runningLines(pages) : new Set<string>();
  const seenSymbols = new Set<string>();
  const kept: string[] = [];
  let footerSymbol: string | null = null;
  for (const [index, page] of pages.entries()) {
    if (index > 0) kept.push('');
    const edges = atPageBreak(page, index, pages.length);
    for (const [at, line] of page.entries()) {
      const trimmed = line.trim();
      const symbolRepeat = SYMBOL_LINE.test(trimmed) && seenSymbols.has(trimmed);
      // Round 17: a symbol first printed in a running footer ("PBC/21/OC/CN.4   Page 1 of 2",
      // its page counter split off as a column) is the document's own, though no header
      // line above the text prints it; it is furniture where it stands, and heads the text.
      const footer = SYMBOL_LINE.test(trimmed) && edges.has(at) && seenSymbols.size === 0;
      if (footer) footerSymbol = trimmed;
      if (SYMBOL_LINE.test(trimmed)) seenSymbols.add(trimmed);
      const masthead = mastheadSymbol(trimmed);
      if (masthead) seenSymbols.add(masthead);
      // The symbol is also the running header; its first occurrence is the document's own.
      const isRunning = !SYMBOL_LINE.test(trimmed) && running.has(trimmed.replace(/\d+/g, '#'));
      kept.push(isNoise(line) || symbolRepeat || isRunning || footer ? '' : line);
    }
  }
  return footerSymbol === null ? kept : [footerSymbol, '', ...kept];
}
