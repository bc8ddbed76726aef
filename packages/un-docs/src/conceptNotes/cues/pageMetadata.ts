import { findDates } from '../../dates/findDates.js';
import { isPhotoCaption } from './photoCaption.js';

// Round 15c: a web page copied whole keeps its metadata lines ("date 2024-08-23", "Published:
// 2024-08-23", "updated 2024-08-23 14:05"): a key and a machine-written date, alone on a line.
// They date the page, not the meeting, so such a line is no labelled meeting date. A meeting
// date field is written with a colon ("Date: 23 August 2024") or in words; a bare "date" key
// before an ISO date, with nothing else on the line, is the page's.
const KEY = String.raw`(?:date|(?:published|posted|updated|modified|created|last\s+(?:updated|modified))(?:\s+on)?|publié\s+le|mis\s+à\s+jour\s+le|publicado(?:\s+el)?|actualizado(?:\s+el)?)`;
const METADATA_LINE = new RegExp(
  String.raw`^${KEY}\s*:?\s+\d{4}-\d{2}-\d{2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?$`,
  'iu',
);

// Round 21: a news page's stamp may write its date in words, with a weekday and a clock
// ("Actualizado: viernes, 28 febrero 2014 19:06", "Updated: 3 March 2027 16:20", `Mis à jour le
// 12 juin 2027 à 17:35`); any key but a bare "date", which a note's own field may be.
const STAMP_LINE = new RegExp(String.raw`^(?!date\b)${KEY}\s*:?\s+(.{6,60})$`, 'iu');
const BEFORE_DATE = /^(?:\p{L}+,?\s+)?$/u;
const AFTER_DATE =
  /^[\s,]*(?:(?:à|a\s+las|at|-)\s+)?(?:\d{1,2}[:.h]\d{2}(?:\s*(?:h|hrs?|GMT|CET|CEST|UTC|EDT|EST))?)?\s*$/iu;

function writtenStamp(text: string): boolean {
  const rest = STAMP_LINE.exec(text)?.[1];
  const dates = rest ? findDates(rest) : [];
  const date = dates.length === 1 ? dates[0] : undefined;
  if (!rest || !date || date.iso.length !== 10) return false;
  return BEFORE_DATE.test(rest.slice(0, date.index)) && AFTER_DATE.test(rest.slice(date.end));
}

// Round 31c: or a news page's breadcrumb trail ending in its stamp ("Accueil international
// 27/August/2025 09:09 AM", "Home World 18/March/2027 10:42 AM", `Inicio Mundo …`): "Home" in
// the three languages, a section or two, then the date and clock it was posted at, nothing else.
const BREADCRUMB_STAMP =
  /^(?:home|accueil|inicio|portada)(?:\s+[\p{L}'’-]+){0,3}?\s+(?=\d)(.{6,40})$/iu;
const CLOCK_AFTER = /^\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:AM|PM|a\.m\.|p\.m\.))?)?\s*$/iu;

// A machine-written date, the month's name between slashes as some sites print it
// ("27/August/2025"), or one the date grammar reads.
const SLASHED_DATE = /^\d{1,2}[/.-](?:\d{1,2}|\p{L}{3,9})[/.-](?:19|20)\d{2}(?!\d)/u;

function breadcrumbStamp(text: string): boolean {
  const rest = BREADCRUMB_STAMP.exec(text)?.[1];
  if (!rest) return false;
  const slashed = SLASHED_DATE.exec(rest);
  const found = findDates(rest)[0];
  const end = slashed ? slashed[0].length : found?.index === 0 ? found.end : -1;
  return end > 0 && CLOCK_AFTER.test(rest.slice(end));
}

/** Whether `line` is a page's metadata line naming its date ("date 2024-08-23"). */
export function isPageMetadataLine(line: string): boolean {
  const text = line.trim();
  // A bare "date" key is the page's only when it has no colon, as a field of the note would.
  if (/^date\s*:/iu.test(text)) return false;
  // Round 33: nor does a photo caption (cues/photoCaption.ts).
  return (
    METADATA_LINE.test(text) || writtenStamp(text) || breadcrumbStamp(text) || isPhotoCaption(text)
  );
}

/** The metadata lines `text` holds, each as printed: a note's blocks may join them to others. */
export function pageMetadataLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(isPageMetadataLine);
}

/** `sentence` without the page's metadata `lines` it holds. */
export function withoutPageMetadata(sentence: string, lines: readonly string[]): string {
  return lines.reduce((text, line) => text.replace(line, ' '), sentence);
}
