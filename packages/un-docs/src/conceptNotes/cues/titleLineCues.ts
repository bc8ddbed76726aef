// The theme read from the note's title lines: a quoted title ("“Protecting civilians in urban
// warfare”" / an open debate's title line quoting it), or the subject of a title line that is
// itself the theme ("High-level meeting of the General Assembly on X"), with the line under a
// title naming a meeting on a country (split from themeCues.ts, which ranks every theme cue).
import { aboveKind, type LayoutBlock } from '../layout/NoteLayout.js';
import { findDates } from '../../dates/findDates.js';
import { parseLabel } from '../../text/parseLabel.js';
import { BYLINE } from '../../text/splitBlocks.js';
import { namesOnlyAState } from '../findMemberState.js';
import { bodiesIn } from './bodyNames.js';
import { namesNothingElse } from './meetingKinds.js';
import type { Cue } from './Candidate.js';
import { QUOTED, quotedWords, titleQuotation } from './quoted.js';
import { capitalsHeadline } from './capitalsHeadline.js';
import { subjectOf } from './subjectOf.js';
import { MEETING_WORD } from './themeHeadingCues.js';
import { themed } from './themed.js';
import { kindFirstThemeStart } from './kindFirstTitle.js';

const TITLE_WORDS = new RegExp(
  `concept note|note conceptuelle|note de cadrage|nota conceptual|${MEETING_WORD}`,
  'iu',
);
const NOTE_LABEL = /^(?:concept note|note conceptuelle|note de cadrage|nota conceptual)$/;
const STANDALONE = new RegExp(`^${QUOTED}$`, 'u');

export const quotedTitle: Cue<string> = ({ blocks, titleBlocks }) =>
  titleBlocks.flatMap((index) => {
    const block = blocks[index] ?? '';
    const standalone = quotedWords(STANDALONE.exec(block));
    // Round 18: a quotation that ends its sentence inside its marks (“We expect the meeting to
    // last all day.”) quotes someone's words; a title is not a sentence.
    if (standalone && !/[.!?]$/u.test(standalone))
      return [themed(standalone, 0.75, block, 'quotedTitle')];
    const inTitle =
      block.length < 300 && !/[.:;]$/.test(block) && TITLE_WORDS.test(block)
        ? titleQuotation(block)
        : null;
    return inTitle && !/[.!?]$/u.test(inTitle) ? [themed(inTitle, 0.7, block, 'quotedTitle')] : [];
  });

// Round 13b: a headline above a byline ("… for high-level meeting on water action" / "by Karin
// Oduya | 2 March 2027") shortens the meeting's subject; the lede's sentence names it in full.
function headline(layout: readonly LayoutBlock[], index: number): boolean {
  return BYLINE.test(layout[index + 1]?.text ?? '') || capitalsHeadline(layout[index]?.text ?? '');
}

/** A title is a marked title, or a short line that is not a sentence. */
function titleConfidence({ text, heading }: LayoutBlock): number {
  if (heading === 1) return 0.72;
  return text.length < 200 && !/[.:;]$/.test(text) ? 0.58 : 0.45;
}

// Round 12a: a title naming a meeting on a country ("Ambassadorial-level meeting on Sierra
// Leone", `Reunión a nivel de embajadores sobre Colombia`) names where the meeting looks, and
// the title line under it, when there is one, its theme ("Consolidating peace after …").
function subtitle(layout: readonly LayoutBlock[], titleBlocks: readonly number[], index: number) {
  const next = titleBlocks.includes(index + 1) ? layout[index + 1] : undefined;
  // "Peacebuilding Commission", "2027 session": a line of names is no theme.
  if (!next || next.field !== null || TITLE_WORDS.test(next.text) || namesNothingElse(next.text))
    return null;
  const text = next.text.trim();
  const plausible =
    text.length >= 8 && text.length <= 250 && !/[.;:]$/u.test(text) && findDates(text).length === 0;
  return plausible ? text : null;
}

// Round 13a: an item of a numbered or lettered list at the top of a text ("1. High-Level
// Thematic Debate on … (9-10 February 2015)", "2. …") names one of several meetings the text
// speaks of, the series its meeting prepares: no title of the meeting's own.
function listItem(layout: readonly LayoutBlock[], index: number): boolean {
  const kind = parseLabel(layout[index]?.text ?? '')?.kind;
  if (kind === undefined || kind === 'bullet') return false;
  return [index - 1, index + 1].some(
    (other) => parseLabel(layout[other]?.text ?? '')?.kind === kind,
  );
}

// Merge of rounds 15b and 17: a block of several sentences among the top lines (a page's lede,
// now that its chrome no longer fills them) is prose, not a title: its subject would run on
// across the sentence's end.
const SENTENCE_END = /\p{Ll}{2,}[.!?]\s+\p{Lu}/u;

export const titleSubject: Cue<string> = ({ layout, titleBlocks }) =>
  titleBlocks.flatMap((index) => {
    if (listItem(layout, index)) return [];
    const block = layout[index];
    if (block && SENTENCE_END.test(block.text)) return [];
    // "Peacebuilding Commission: X" reads as a field line, but a body is no field's label.
    const titled =
      block &&
      (block.field === null ||
        block.heading === 1 ||
        NOTE_LABEL.test(block.field.label) ||
        bodiesIn(block.field.label).length > 0);
    const subject = block && titled ? subjectOf(block.text, true) : null;
    if (!block || !subject) return [];
    // Round 32a: "Kind: … meeting on X" names another meeting in its theme (kindFirstTitle.ts).
    const themeStart = kindFirstThemeStart(block.text);
    if (themeStart !== null && block.text.lastIndexOf(subject) > themeStart) return [];
    const below = namesOnlyAState(subject) ? subtitle(layout, titleBlocks, index) : null;
    if (below) return [themed(below, titleConfidence(block), below, 'subtitleOfCountryMeeting')];
    // Round 25b: a long title split from a flattened page above "CONCEPT NOTE" is a title line
    // all the same, above a sentence by the convention "a theme named twice is taken where it
    // is named in full" (layout/NoteLayout.ts).
    const confidence = headline(layout, index)
      ? 0.45
      : aboveKind(layout, index)
        ? 0.58
        : titleConfidence(block);
    return [themed(subject, confidence, block.text, 'titleSubject')];
  });
