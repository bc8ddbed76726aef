import { findDates } from '../../dates/findDates.js';
import { opensSection, type NoteLayout } from '../layout/NoteLayout.js';
import { findMemberStates } from '../findMemberState.js';
import { candidate, type Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';
import { MEETING_WORD } from './themeHeadingCues.js';

// Round w36bt: a Peacebuilding Commission configuration's meeting is named for its country
// ("Réunion au niveau des ambassadeurs sur la Sarvénie" under "Formation Sarvénie",
// "Ambassadorial-level meeting on Guinea-Bissau" under "Guinea-Bissau Configuration"); the line
// under that title names what the meeting takes up ("Consolider les acquis de la transition
// électorale"), and is the theme, as the line under a bare kind is. Round 12a's
// `subtitleOfCountryMeeting` (titleLineCues.ts) read it for a Member State within the title
// block; this reads it for the configuration's country by the name the title block gives it, and
// below the title block too (a forwarded mail's headers fill it), and ranks it above the
// configuration's own name, which is no theme.

const CONFIGURATION =
  /(?<![\p{L}])(?:formation|configuración|configuration)\s+(?:(?:sur|pour|for|on|para|sobre)\s+)?(?:(?:la|le|l['’]|el|the)\s*)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:configuration|formation)(?![\p{L}])/u;
const NAMES_MEETING = new RegExp(MEETING_WORD, 'iu');
// "Concept note", another meeting's name or a date under the title is no subtitle.
const NOT_SUBTITLE = new RegExp(
  String.raw`concept note|note conceptuelle|note de cadrage|nota conceptual|${MEETING_WORD}`,
  'iu',
);
const ARTICLE = /^(?:la|le|les|l['’]|el|the)\s*/iu;
const SUBTITLE = /^[\p{Lu}«“"][^.:;?!]{8,200}(?<!,)$/u;

function configurationCountries(titles: readonly string[]): Set<string> {
  const countries = new Set<string>();
  for (const title of titles) {
    const match = CONFIGURATION.exec(title);
    const country = match ? (match[1] ?? match[2]) : undefined;
    if (country) countries.add(country.toLowerCase());
  }
  return countries;
}

/** The line under a title line naming a meeting only by its configuration's country. */
export const countryMeetingSubtitle: Cue<string> = ({ layout, titleBlocks }: NoteLayout) => {
  const titles = titleBlocks.map((index) => layout[index]?.text ?? '');
  const countries = configurationCountries(titles);
  return titleBlocks.flatMap((index) => {
    const block = layout[index];
    const line = block?.field === null && NAMES_MEETING.test(block.text) ? block.text : '';
    const country = subjectOf(line, true)?.replace(ARTICLE, '');
    const next = layout[index + 1];
    // The title block may end at its length limit just above the line (a forwarded mail's
    // headers fill it), but not at a section's heading.
    const titled = titleBlocks.includes(index + 1) || !opensSection(next?.text ?? '');
    if (!country || !next || next.field !== null || !titled) return [];
    const named =
      countries.has(country.toLowerCase()) ||
      // Round h11t: the State's name opening the subject, not one inside it ("la transition en
      // Guinée-Bissau" names a subject, not only the country).
      (country.split(/\s+/u).length <= 4 && findMemberStates(country)[0]?.index === 0);
    const text = next.text.trim();
    return named && SUBTITLE.test(text) && !NOT_SUBTITLE.test(text) && findDates(text).length === 0
      ? [candidate(text, 0.6, `${line} ${next.text}`, 'countryMeetingSubtitle')]
      : [];
  });
};
