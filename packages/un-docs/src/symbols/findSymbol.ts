import { isPressReleaseNumber } from './pressReleaseNumber.js';

// UN document symbols: "S/2021/321", "A/HRC/55/L.1", "E/CN.6/2024/1", and joint symbols
// such as "A/75/345–S/2020/901". Only a symbol standing alone on a header line is the
// document's own: symbols inside sentences cite other documents.

const SINGLE = String.raw`[A-Z]{1,8}(?:\/[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)+`;

/** A header line holding only a symbol (or a joint symbol), possibly marked "*" for reissue. */
export const SYMBOL_LINE = new RegExp(
  `^(?=.*\\d)(${SINGLE})(?:\\s*[–—-]\\s*|\\s+)?(${SINGLE})?\\*{0,2}$`,
);

/**
 * A PDF's first-page masthead prints the Organization's name and the symbol on one line
 * ("United Nations S/2027/188", "Naciones Unidas A/81/702"); the symbol alone then heads
 * every later page.
 */
const MASTHEAD = new RegExp(`^(?:\\p{Lu}\\p{Ll}+\\s+){1,3}(${SINGLE})$`, 'u');

/** The symbol of a masthead line, as it stands alone on the later pages. */
export function mastheadSymbol(line: string): string | null {
  const match = MASTHEAD.exec(line.trim());
  return match?.[1] && /\d/.test(match[1]) ? match[1] : null;
}

/** The document symbol a header line holds (a masthead line or a symbol alone), or null. */
export function symbolOf(line: string): string | null {
  const masthead = mastheadSymbol(line);
  if (masthead) return masthead;
  const match = SYMBOL_LINE.exec(line.trim());
  // Round 23: a press release's own number (“SC/16221”) is no document's symbol.
  if (!match?.[1] || isPressReleaseNumber(match[1])) return null;
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

/**
 * The document's symbol from the lines before its first numbered paragraph; a joint symbol
 * printed on two lines is combined. Null when the header carries none.
 */
export function findSymbol(lines: readonly string[]): string | null {
  const front: string[] = [];
  for (const line of lines) {
    if (/^\s*1\.\s/.test(line) || front.length >= 60) break;
    if (line.trim() !== '') front.push(line);
  }
  for (const [index, line] of front.entries()) {
    const symbol = symbolOf(line);
    if (!symbol) continue;
    const next = symbolOf(front[index + 1] ?? '');
    // Round w37at: the same symbol on the next line is the page's running head over the
    // masthead ("S/2027/88" / "Nations Unies S/2027/88"), not the second half of a joint one.
    return next && next !== symbol && !symbol.includes('-') ? `${symbol}-${next}` : symbol;
  }
  return null;
}
