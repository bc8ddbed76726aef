import { kindNamed } from '../kindsNamed.js';

// Round 33 (a text announcing several meetings is read for the one it is about): a meeting's
// programme names its parts by number ("Interactive panel discussion 1 will address the theme
// “…”", "Round table 2 will focus on …", `La table ronde 1 portera sur le thème « … »`, `La mesa
// redonda 2 abordará el tema “…”`). What a numbered part is on is the part's theme, not the
// meeting's: a sentence whose subject is a part of another kind than the announced format, with
// its number, gives the theme nothing. A note announcing the round table itself has the round
// table for its format, and keeps its subject.

const NUMBERED_PART = new RegExp(
  String.raw`^(?:[-•▪◦*–]\s*)?(?:(?:the|la|le|el|l['’])\s*)?(?<part>\p{L}[\p{L}\s-]{2,60}?)\s+(?:\d{1,2}|[IVX]{1,4})(?![\p{L}\d])\s*[,:]?\s*\p{Ll}`,
  'u',
);

function head(kind: string): string {
  return kind.split(' ').pop() ?? kind;
}

/** Whether `sentence`'s subject is a numbered part of the meeting, of another kind than `format`. */
export function aboutNumberedPart(sentence: string, format: string | null): boolean {
  if (format === null) return false;
  const part = NUMBERED_PART.exec(sentence.trim())?.groups?.part;
  if (part === undefined) return false;
  const kind = kindNamed(part);
  return kind !== null && head(kind) !== head(format);
}
