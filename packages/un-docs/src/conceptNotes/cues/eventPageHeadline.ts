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
// Round h11t: or a news page's publication line, its date after the label and a weekday ("Posted
// Tue 29 Nov 2011" over "Open Debate on Council Working Methods", `Publié le mardi 4 mai 2027`,
// `Publicado el 3 de mayo de 2027`): the headline under it shortens the lede's subject too.
const PUBLISHED =
  /^(?:posted|published|updated|publié(?:e)?(?:\s+le)?|mis\s+à\s+jour\s+le|publicado(?:\s+el)?|actualizado(?:\s+el)?)\s*:?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom)[\p{L}]*\.?,?\s+)?/iu;

/** Whether the title line `source` stands right under a line that opens with a full date. */
export function underEventDateLine({ layout, titleBlocks }: NoteLayout, source: string): boolean {
  const index = titleBlocks.find((at) => layout[at]?.text === source);
  if (index === undefined || !titleBlocks.includes(index - 1)) return false;
  const above = (layout[index - 1]?.text ?? '').trim().replace(PUBLISHED, '');
  const date = findDates(above)[0];
  return (
    above.length <= DATE_LINE_CHARS &&
    date !== undefined &&
    date.index === 0 &&
    date.iso.length === 10
  );
}
