import { findDates } from '../../dates/findDates.js';
import { findMeeting } from '../findMeeting.js';
import { findMemberState } from '../findMemberState.js';
import type { LayoutBlock } from '../layout/NoteLayout.js';
import { bodiesIn } from './bodyNames.js';
import { candidate, type Cue } from './Candidate.js';
import { unquote } from './quoted.js';
import { subjectOf } from './subjectOf.js';

// Themes that are headings of their own: a title in large type, a heading that opens a
// dated note, or the line after "Concept note", "Annex" or a bare meeting name ("Security
// Council Open Debate"), when that line reads like a theme rather than a label.

export const MEETING_WORD = String.raw`(?:debate|briefing|meeting|dialogue|discussion|event|session|Arria|débat|réunion|séance|reunión|diálogo|sesión)`;

/** A theme candidate, without the quotation marks around it. */
function themed(value: string, confidence: number, source: string, cue: string) {
  return candidate(unquote(value), confidence, source, cue);
}

/** Lines that label a note rather than name its theme. */
const GENERIC =
  /^(?:concept\s+note|background\s+note|note\s+conceptuelle|note\s+de\s+cadrage|nota\s+conceptual|annex|annexe|anexo|background|context|introduction|objectives?|guiding questions|contexte|antecedentes|draft|programme|agenda|summary)\b/iu;
const NOT_A_THEME = /\b(?:session|período de sesiones|\d{4})\b|@|:$/iu;

function themeLike(block: LayoutBlock): boolean {
  const { text } = block;
  return (
    block.field === null &&
    text.length >= 8 &&
    text.length <= 200 &&
    !/[.;]$/.test(text) &&
    !GENERIC.test(text) &&
    !NOT_A_THEME.test(text) &&
    !new RegExp(MEETING_WORD, 'iu').test(text) &&
    bodiesIn(text).length === 0 &&
    findDates(text).length === 0 &&
    !/\b(?:permanent mission|mission permanente|misión permanente)\b/iu.test(text) &&
    findMemberState(text) === null &&
    findMemberState(text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (word) => word.toUpperCase())) ===
      null
  );
}

/** "Security Council Open Debate", "Arria-formula meeting": a meeting named without its subject. */
function bareMeetingName(text: string): boolean {
  return (
    text.length < 90 &&
    new RegExp(MEETING_WORD, 'iu').test(text) &&
    subjectOf(text, true) === null &&
    !/[“”"«»]/.test(text) &&
    findDates(text).length === 0
  );
}

/**
 * A Markdown H1, a Word Title or a PDF title in large type that is the theme itself; or, in a
 * note that dates its meeting, a heading that opens the document.
 */
export const titleHeading: Cue<string> = (note) => {
  const { layout, titleBlocks } = note;
  const title = titleBlocks.map((index) => layout[index]).find((block) => block?.heading === 1);
  if (title && themeLike(title)) return [themed(title.text, 0.6, title.text, 'titleHeading')];
  const first = layout[0];
  if (!first || first.heading === null || !themeLike(first)) return [];
  return findMeeting(note).date === null
    ? []
    : [themed(first.text, first.heading <= 2 ? 0.55 : 0.5, first.text, 'openingHeading')];
};

/** "Concept note" (or "Annex"), then a short line of its own: the theme, as a heading. */
export const lineAfterLabel: Cue<string> = ({ layout }) =>
  layout.flatMap((block, index) => {
    const label =
      /^(?:concept\s+note|note\s+conceptuelle|note\s+de\s+cadrage|nota\s+conceptual|annex|annexe|anexo)$/iu;
    const previous = layout[index - 1]?.text ?? '';
    if (index > 0 && !label.test(previous) && !bareMeetingName(previous)) return [];
    const next = layout[index];
    if (index === 0 || !next || label.test(next.text) || !themeLike(next)) return [];
    if (next.heading === null && !/^\p{Lu}/u.test(next.text)) return [];
    return [themed(next.text, 0.55, next.text, 'lineAfterLabel')];
  });
