import { findDates } from '../../dates/findDates.js';
import type { NoteLayout } from '../layout/NoteLayout.js';

// Round w36at: an events calendar's page heads its entry with the day and place on a line of their
// own, then the event's name as a headline ("19 September 2016 New York City, US" / "UNGA High-Level
// Meeting on Refugees and Migrants"), shortening the subject its paragraph names in full ("… will
// convene a high-level plenary meeting on addressing large movements of refugees and migrants").
// Such a title line is a headline for the convention "a theme named twice is taken where it is
// named in full" (cues/themeInFull.ts `namedInFull`); a note's own title line, with no date line
// over it, keeps its place above a sentence.

const DATE_LINE_CHARS = 80;

/** Whether the title line `source` stands right under a line that opens with a full date. */
export function underEventDateLine({ layout, titleBlocks }: NoteLayout, source: string): boolean {
  const index = titleBlocks.find((at) => layout[at]?.text === source);
  if (index === undefined || !titleBlocks.includes(index - 1)) return false;
  const above = (layout[index - 1]?.text ?? '').trim();
  const date = findDates(above)[0];
  return (
    above.length <= DATE_LINE_CHARS &&
    date !== undefined &&
    date.index === 0 &&
    date.iso.length === 10
  );
}
