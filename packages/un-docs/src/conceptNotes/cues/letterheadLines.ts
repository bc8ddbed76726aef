// Round w36bt: a letterhead printed over several short lines ("THE PRESIDENT" / "OF THE" /
// "ECONOMIC AND SOCIAL COUNCIL", `LA PRESIDENTA DE LA` / `ASAMBLEA GENERAL`) names the office
// as one line does; a PDF or a scan keeps the letterhead's line breaks as blocks of their own.

const MAX_LINES = 4;
const SHORT_LINE = /^[^.:;,]{1,40}$/u;

/**
 * The first blocks of a letter, each on its own, then every run of two to four short lines among
 * them joined as one line: where a letterhead is read.
 */
export function letterheadLines(blocks: readonly string[], count: number): string[] {
  const heads = blocks.slice(0, count).map((block) => block.trim());
  const joined: string[] = [];
  for (let start = 0; start < heads.length; start += 1) {
    for (let end = start + 2; end <= Math.min(start + MAX_LINES, heads.length); end += 1) {
      const lines = heads.slice(start, end);
      if (!lines.every((line) => SHORT_LINE.test(line))) break;
      joined.push(lines.join(' '));
    }
  }
  return [...heads, ...joined];
}
