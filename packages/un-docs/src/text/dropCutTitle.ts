// A web page often repeats its document's title at the top, cut to fit ("High-level panel
// discussion on the fiftieth anniversary of the International"), before the document itself
// gives it whole. A line at the top that only begins a later line of the title block is
// that cut copy: the whole title is the one to read.

const TOP = 3;
const TITLE_BLOCK = 12;
const MIN_LENGTH = 20;

function beginsLater(block: string, later: readonly string[]): boolean {
  return later.some(
    (other) =>
      other.length > block.length &&
      other.startsWith(block) &&
      /^[\s:,–—-]/u.test(other.slice(block.length)),
  );
}

export function dropCutTitle(blocks: readonly string[]): string[] {
  return blocks.filter(
    (block, index) =>
      index >= TOP ||
      block.length < MIN_LENGTH ||
      !beginsLater(block, blocks.slice(index + 1, TITLE_BLOCK)),
  );
}
