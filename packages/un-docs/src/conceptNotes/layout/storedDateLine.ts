// Round w36at: a page copied from a store opens with the store's date line ("date 2024-07-01"),
// which the copy may run into the page's first words ("date 2021-05-17 UrduPoint.com", "date
// 2024-07-01 MOSCOW, July 1. /TASS/. …"). Put back on a line of its own, it is the page's
// metadata line (cues/pageMetadata.ts): it dates the page, not the meeting, and the page's first
// words are its own line again (a dateline). A single word left there is the site's name, page
// chrome that would otherwise stand as the title, and is dropped.

const RUN_INTO = /^(\s*(?:#{1,6}\s+)?date\s+\d{4}-\d{2}-\d{2})[ \t]+(\S[^\n]*)/u;
const SITE_NAME = /^[\p{L}\d.-]{2,30}$/u;

/** `source` with a stored date line that runs into the first words broken off onto its own line. */
export function withStoredDateLineApart(source: string): string {
  return source.replace(RUN_INTO, (_, line: string, rest: string) =>
    SITE_NAME.test(rest.trim()) ? line : `${line}\n${rest}`,
  );
}
