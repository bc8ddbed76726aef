// Round t42d: a question or objective may list its own sub-items inline after a colon, each but
// the last closed by a semicolon ("… in particular: (i) the sharing of information …; (ii) the
// protection …?", "notamment : a) … ; b) … ?", "en particular: a) …; y b) …?"). Read as one item,
// it is written as the same item with its sub-items on their own lines is: each sub-item with its
// label, the separator that ties it to the next ("; and", "; y") dropped, as cleanItemText drops
// it at a line's end.

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
const LETTERS = [...'abcdefgh'];
const FIRST = /:\s*(\()?(a|i)\)\s/u;
const SEPARATOR = /\s*[;；]\s*(?:(?:and|or|et|ou|y|o|e)\s+)?$/iu;

/** The item's text with its inline sub-items' semicolons dropped; unchanged without such a run. */
export function joinInlineSubItems(text: string): string {
  const first = FIRST.exec(text);
  if (!first) return text;
  const open = first[1] ?? '';
  const sequence = first[2] === 'i' ? ROMANS : LETTERS;
  let result = text;
  let from = first.index + first[0].length;
  for (const value of sequence.slice(1)) {
    const mark = `${open}${value}) `;
    const at = result.indexOf(mark, from);
    const before = at < 0 ? '' : result.slice(0, at);
    if (at < 0 || !SEPARATOR.test(before)) break;
    const joined = before.replace(SEPARATOR, ' ');
    result = `${joined}${result.slice(at)}`;
    from = joined.length + mark.length;
  }
  return result;
}
