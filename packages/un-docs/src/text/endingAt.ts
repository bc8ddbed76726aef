// Tests a pattern written to end where a text ends ("… dated$") against the text before a
// position, trying only that position: `pattern.test(text.slice(0, end))` tries every start
// in the slice, so testing it before each of a sentence's dates costs time in the square of
// the sentence's length (a sentence of 30,000 dated lines took minutes).

/**
 * `pattern` ends in `$` and has no alternative outside a group (`a|b$` anchors only `b`).
 * The tester says whether `pattern` matches `text.slice(0, end)`: the pattern becomes a
 * lookbehind, matched backwards from `end`, which costs the length of the match.
 */
export function endingAt(pattern: RegExp): (text: string, end: number) => boolean {
  const { source, flags } = pattern;
  if (!source.endsWith('$') || source.endsWith('\\$') || flags.includes('m'))
    throw new Error(`endingAt needs a pattern anchored at the end of the text: ${source}`);
  const before = new RegExp(`(?<=${source.slice(0, -1)})`, `${flags.replace(/[gy]/g, '')}y`);
  return (text, end) => {
    before.lastIndex = end;
    // The slice keeps what the pattern sees past `end` (a lookahead, a \b) as it was.
    return before.test(text.slice(0, end));
  };
}
