import type { LayoutBlock, NoteLayout } from '../layout/NoteLayout.js';
import type { Candidate, Cue } from './Candidate.js';
import { QUOTED, quotedWords, unquote } from './quoted.js';
import { findDates } from '../../dates/findDates.js';
import { findMeeting } from '../findMeeting.js';
import { findMemberState } from '../findMemberState.js';
import { bodiesIn } from './bodyNames.js';
import { subjectOf } from './subjectOf.js';

// Where notes state their theme, surest first: a "Theme:" field; "on the theme “…”"; a
// meeting named with a quotation ("open debate on “…”"); a quoted title line; a title line
// that is itself the theme ("High-level meeting of the General Assembly on X"); the subject
// of the sentence announcing the meeting.

const THEME_LABELS = new Set([
  'theme',
  'topic',
  'title',
  'theme du debat',
  'sujet',
  'titre',
  'tema',
  'titulo',
]);
const ON_THE_THEME = new RegExp(
  String.raw`\b(?:themed?|thème|tema)\b[^“”"«»]{0,30}?${QUOTED}`,
  'iu',
);
const MEETING_WORD = String.raw`(?:debate|briefing|meeting|dialogue|discussion|event|session|Arria|débat|réunion|séance|reunión|diálogo|sesión)`;
const MEETING_QUOTED = new RegExp(
  String.raw`${MEETING_WORD}(?:(?:\s+[\p{L}'’-]+){0,5}?\s+(?:on|entitled|titled|sur|sobre|intitulée?|titulad[oa]))?\s*:?\s*${QUOTED}`,
  'iu',
);
const TITLE_WORDS = new RegExp(
  `concept note|note conceptuelle|note de cadrage|nota conceptual|${MEETING_WORD}`,
  'iu',
);
const NOTE_LABEL = /^(?:concept note|note conceptuelle|note de cadrage|nota conceptual)$/;
const STANDALONE = new RegExp(`^${QUOTED}$`, 'u');
const ANNOUNCES =
  /\b(?:will|intends? to|to)\s+(?:convene|hold|organi[sz]e|host)\b|\b(?:convoquera|organisera|tiendra|convocará|organizará|celebrará)(?![\p{L}])/iu;

function candidate(
  value: string,
  confidence: number,
  source: string,
  cue: string,
): Candidate<string> {
  return { value: unquote(value), confidence, source, cue };
}

const themeField: Cue<string> = ({ layout }) =>
  layout.flatMap(({ field, text }) =>
    field && THEME_LABELS.has(field.label)
      ? [candidate(field.value, 0.95, text, 'themeField')]
      : [],
  );

const onTheTheme: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = quotedWords(ON_THE_THEME.exec(text));
    return words ? [candidate(words, 0.9, text, 'onTheTheme')] : [];
  });

const meetingQuoted: Cue<string> = ({ blocks }) =>
  blocks.flatMap((block) => {
    const words = quotedWords(MEETING_QUOTED.exec(block));
    return words ? [candidate(words, 0.8, block, 'meetingQuoted')] : [];
  });

const quotedTitle: Cue<string> = ({ blocks, titleBlocks }) =>
  titleBlocks.flatMap((index) => {
    const block = blocks[index] ?? '';
    const standalone = quotedWords(STANDALONE.exec(block));
    if (standalone) return [candidate(standalone, 0.75, block, 'quotedTitle')];
    const inTitle =
      block.length < 300 && !/[.:;]$/.test(block) && TITLE_WORDS.test(block)
        ? quotedWords(new RegExp(QUOTED, 'u').exec(block))
        : null;
    return inTitle ? [candidate(inTitle, 0.7, block, 'quotedTitle')] : [];
  });

/** A title is a marked title, or a short line that is not a sentence. */
function titleConfidence({ text, heading }: LayoutBlock): number {
  if (heading === 1) return 0.72;
  return text.length < 200 && !/[.:;]$/.test(text) ? 0.65 : 0.45;
}

const titleSubject: Cue<string> = ({ layout, titleBlocks }) =>
  titleBlocks.flatMap((index) => {
    const block = layout[index];
    const titled =
      block && (block.field === null || block.heading === 1 || NOTE_LABEL.test(block.field.label));
    const subject = block && titled ? subjectOf(block.text, true) : null;
    if (!block || !subject) return [];
    return [candidate(subject, titleConfidence(block), block.text, 'titleSubject')];
  });

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
const titleHeading: Cue<string> = (note) => {
  const { layout, titleBlocks } = note;
  const title = titleBlocks.map((index) => layout[index]).find((block) => block?.heading === 1);
  if (title && themeLike(title)) return [candidate(title.text, 0.6, title.text, 'titleHeading')];
  const first = layout[0];
  if (!first || first.heading === null || !themeLike(first)) return [];
  return findMeeting(note).date === null
    ? []
    : [candidate(first.text, first.heading <= 2 ? 0.55 : 0.5, first.text, 'openingHeading')];
};

/** "Concept note" (or "Annex"), then a short line of its own: the theme, as a heading. */
const lineAfterLabel: Cue<string> = ({ layout }) =>
  layout.flatMap((block, index) => {
    const label =
      /^(?:concept\s+note|note\s+conceptuelle|note\s+de\s+cadrage|nota\s+conceptual|annex|annexe|anexo)$/iu;
    const previous = layout[index - 1]?.text ?? '';
    if (index > 0 && !label.test(previous) && !bareMeetingName(previous)) return [];
    const next = layout[index];
    if (index === 0 || !next || label.test(next.text) || !themeLike(next)) return [];
    if (next.heading === null && !/^\p{Lu}/u.test(next.text)) return [];
    return [candidate(next.text, 0.55, next.text, 'lineAfterLabel')];
  });

const announcedSubject: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const subject = ANNOUNCES.test(text) ? subjectOf(text, false) : null;
    return subject ? [candidate(subject, 0.5, text, 'announcedSubject')] : [];
  });

export const THEME_CUES: readonly Cue<string>[] = [
  themeField,
  onTheTheme,
  meetingQuoted,
  quotedTitle,
  titleSubject,
  titleHeading,
  lineAfterLabel,
  announcedSubject,
];

export function themeCandidates(note: NoteLayout): Candidate<string>[] {
  return THEME_CUES.flatMap((cue) => cue(note));
}
