import { findDates } from '../../dates/findDates.js';
import { BODY_NAMES, bodiesIn } from './bodyNames.js';
import { candidate, type Cue } from './Candidate.js';
import { isBareMeetingKind, isMeetingKindLabel, namesNothingElse } from './meetingKinds.js';
import { unquote } from './quoted.js';
import { isTextKindLabel } from './themeHeadingCues.js';
import { titleKind } from './titleKind.js';
import { isMeetingField } from './meetingField.js';

// The theme as what is left of a title line once the kind of meeting is taken off either
// end: "Workshop: X", "Evento paralelo – X", "X | High-level open debate", "X – Arria-formula
// meeting of the Security Council". The meeting kind is recognized by the closed vocabulary
// of meeting kinds (meetingKinds.ts), not by one phrase per wording. A Security Council
// title often opens with its standing agenda item ("Maintenance of international peace and
// security: X"): the item is the heading the Council files the meeting under, X its theme.

const SEPARATOR = /\s*(?::\s|\s[–—|-]\s|\s\|\s?)\s*/gu;
const STANDING_ITEM =
  /^(?:maintenance of international peace and security|threats to international peace and security|maintien de la paix et de la sécurité internationales|menaces contre la paix et la sécurité internationales|mantenimiento de la paz y la seguridad internacionales|amenazas a la paz y la seguridad internacionales)\s*(?::\s|\s[–—|-]\s)\s*/iu;

function withoutStandingItem(theme: string): string {
  return theme.replace(STANDING_ITEM, '');
}

// Round 20: a video page titles a meeting by its theme and its body's meeting ("Women and Peace
// and Security - Security Council, 9901st meeting"); the page may cut the title short, leaving
// the start of the body's name ("Climate Change, Peace and Security - Security…").
const MEETING_NUMBER = /,?\s*\d+(?:st|nd|rd|th)\s+meeting$/iu;
const CUT_SHORT = /^(\p{L}[\p{L} ]{3,})…$/u;

function namesItsBody(segment: string): boolean {
  const words = segment.trim().replace(MEETING_NUMBER, '');
  const cut = CUT_SHORT.exec(words)?.[1]?.toLowerCase();
  if (cut) return BODY_NAMES.some(([name]) => name.toLowerCase().startsWith(cut));
  return bodiesIn(words).length > 0 && namesNothingElse(words);
}

/** The theme a title line names beside its meeting kind, or null. */
export function themeBesideKind(line: string): string | null {
  const cuts = [...line.matchAll(SEPARATOR)];
  if (cuts.length === 0) return null;
  // The kind first ("Workshop: X", "Concept Note – Arria-formula meeting: X"): the first cut
  // that ends a bare meeting kind.
  for (const cut of cuts) {
    // Round 25b: or a kind outside the vocabulary that the title opens with, numbered in its
    // series ("Leaders Dialogue 2: X", cues/titleKind.ts).
    const kind = line.slice(0, cut.index);
    if (!isMeetingKindLabel(kind) && !titleKind(kind)?.bare) continue;
    const rest = line.slice(cut.index + cut[0].length);
    return themeBesideKind(rest) ?? plausibleTheme(rest);
  }
  // The kind last ("X | High-level open debate"): the last cut.
  const last = cuts[cuts.length - 1];
  const tail = last ? line.slice(last.index + last[0].length) : '';
  if (last && (isBareMeetingKind(tail) || (last[0].trim() === '-' && namesItsBody(tail)))) {
    return plausibleTheme(line.slice(0, last.index));
  }
  return null;
}

function plausibleTheme(words: string): string | null {
  const theme = withoutStandingItem(words.trim()).replace(/[\s.,;:–—|-]+$/u, '');
  // Round 30: "Note to correspondents: General Assembly plenary meeting" names the text's kind
  // beside the meeting's, no theme.
  if (theme.length < 8 || theme.length > 200 || namesNothingElse(theme) || isTextKindLabel(theme))
    return null;
  return findDates(theme).length === 0 ? theme : null;
}

export const titleBesideKind: Cue<string> = ({ layout, titleBlocks }) =>
  titleBlocks.flatMap((index) => {
    const block = layout[index];
    if (!block || block.text.length > 250 || /[.;]$/.test(block.text)) return [];
    // "Body: Security Council — open debate" is a header field; "Workshop: X" is a title.
    if (block.field && !isMeetingKindLabel(block.text.slice(0, block.text.indexOf(':')))) return [];
    // Round h13t: nor is a field labelled "Meeting" whose value names the meeting (meetingField.ts).
    if (isMeetingField(block.field)) return [];
    const theme = themeBesideKind(block.text);
    const confidence = block.heading === 1 ? 0.7 : 0.66;
    return theme ? [candidate(unquote(theme), confidence, block.text, 'titleBesideKind')] : [];
  });
