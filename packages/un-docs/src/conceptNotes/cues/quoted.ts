// Quoted text in English, French and Spanish typography: “…”, "…", « … », ‘…’.

export const QUOTED = String.raw`(?:[“"]([^”"]{3,400})[”"]|«\s*([^»]{3,400}?)\s*»|‘([^’]{3,400})’)`;

/** The words inside the first quotation in a match made with QUOTED. */
export function quotedWords(match: RegExpExecArray | null, first = 1): string | null {
  if (!match) return null;
  const words = match[first] ?? match[first + 1] ?? match[first + 2];
  return words ? words.trim() : null;
}

export function unquote(text: string): string {
  return text
    .replace(/^[“"‘'«\s]+|[”"’'»\s]+$/g, '')
    .replace(/^_+|_+$/g, '')
    .trim();
}
