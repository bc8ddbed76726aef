// Quoted text in English, French and Spanish typography: “…”, "…", « … », ‘…’.

export const QUOTED = String.raw`(?:[“"]([^”"]{3,400})[”"]|«\s*([^»]{3,400}?)\s*»|‘([^’]{3,400})’)`;

/** The words inside the first quotation in a match made with QUOTED. */
export function quotedWords(match: RegExpExecArray | null, first = 1): string | null {
  if (!match) return null;
  const words = match[first] ?? match[first + 1] ?? match[first + 2];
  return words ? words.trim() : null;
}

export function unquote(text: string): string {
  const opens = /^\s*[“"‘'«]/u.test(text);
  const unquoted = text.replace(/^[“"‘'«\s]+|[”"’'»\s]+$/g, '');
  // Round 13b: a closing mark that ends a name quoted inside the text ("the review of … “One
  // Health for all”") is the name's, not the text's, and stays.
  const closing = opens ? '' : closesInner(text.trimEnd(), unquoted);
  return `${unquoted}${closing}`.replace(/^_+|_+$/g, '').trim();
}

function closesInner(text: string, unquoted: string): string {
  const last = text.slice(-1);
  const straight = (unquoted.match(/"/gu) ?? []).length % 2 === 1;
  if ((last === '"' && straight) || (last === '”' && unquoted.includes('“'))) return last;
  return last === '»' && unquoted.includes('«') ? ' »' : '';
}

// "under the agenda item “Implementation of the note …”": an agenda item is not the theme.
const AGENDA_ITEM =
  /\b(?:agenda item|point de l['’]ordre du jour|tema del programa)(?:\s+(?:entitled|intitulé|titulado))?\s*$/iu;

/** The first quotation in a title line that is not an agenda item's name. */
export function titleQuotation(block: string): string | null {
  for (const match of block.matchAll(new RegExp(QUOTED, 'gu'))) {
    if (!AGENDA_ITEM.test(block.slice(0, match.index))) return quotedWords(match);
  }
  return null;
}
