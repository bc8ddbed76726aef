import type { ConceptNote } from './conceptNotes/ConceptNote.js';
import { findFormat } from './conceptNotes/findFormat.js';
import { findMeeting } from './conceptNotes/findMeeting.js';
import { findDiscussionPoints } from './conceptNotes/findDiscussionPoints.js';
import { meetingAhead, pointsForMeeting, recordsMeeting } from './conceptNotes/meetingAhead.js';
import { invitesToEvent } from './conceptNotes/cues/invitedEvent.js';
import { announcedByLayout } from './conceptNotes/cues/announcementLayout.js';
import { organizesMeeting } from './conceptNotes/cues/organizingNote.js';
import { titleNamesMeeting } from './conceptNotes/cues/titleNamesMeeting.js';
import { leansToNote, otherKindOf } from './conceptNotes/cues/leaningToNote.js';
import { headedAsInformationNote } from './conceptNotes/cues/informationNote.js';
import {
  summarizesMeetingHeld,
  summaryUnderSymbol,
} from './conceptNotes/cues/summaryOfMeetingHeld.js';
import { toNoteLayout, type NoteLayout } from './conceptNotes/layout/NoteLayout.js';
import { conceptNoteFrom } from './conceptNotes/parseConceptNote.js';
import { DocumentReadError } from './errors/DocumentReadError.js';
import { collectParagraphs } from './reports/collectParagraphs.js';
import { isHeading } from './text/splitBlocks.js';
import { foldTraditional, inTraditionalScript, traditionalOf } from './text/foldTraditional.js';
import { AUTHOR_LINE } from './reports/findReportTitle.js';
import { symbolOf } from './symbols/findSymbol.js';
import { parseReport } from './reports/parseReport.js';
import type { Report } from './reports/Report.js';

// Decides from the content alone whether a text is a concept note or a report. A report
// names its author ("Report of the Secretary-General"); a concept note calls itself one in
// a title (in English, French or Spanish), announces a dated meeting in a known format, or
// lists discussion points: a web page or news item quoting a note's questions imports as a
// partial note. Round 34k: so does a text naming one meeting with its subject or its day that is
// positively nothing else, its fields all to be checked. The rest is refused.

// Round ruar: and in Russian and Arabic (`Концептуальная записка`, `مذكرة مفاهيمية`, `ورقة مفاهيمية`);
// round zh: a Chinese title line ending in `概念文件`, `概念说明` (`“…”高级别公开辩论概念文件`).
const NOTE_TITLE =
  /^(?:annex\s*[:.]?\s*)?(?:concept\s+note|note\s+de\s+cadrage|note\s+conceptuelle|nota\s+conceptual|nota\s+de\s+concepto)\b|\b(?:concept\s+note|note\s+de\s+cadrage|note\s+conceptuelle|nota\s+conceptual)\s*(?:for|on|pour|sur|para|sobre|:)|^(?:концептуальная\s+записка|(?:ال)?(?:مذكرة|ورقة)\s+(?:ال)?مفاهيمية)(?![\p{L}])|^[^。\n]{0,80}概念(?:文件|说明|说明文件)(?:（[^）]{1,20}）)?$/iu;
const MIN_REPORT_PARAGRAPHS = 3;

function looksLikeConceptNote(note: NoteLayout): boolean {
  if (note.blocks.some((block) => block.length < 400 && NOTE_TITLE.test(block))) return true;
  // Points make a (partial) note when a meeting is in view; a meeting, when the text looks
  // forward to it (not a press release of a meeting held, not a programme of several days).
  const pointCount = findDiscussionPoints(note.blocks).items.length;
  if (pointCount > 0 && pointsForMeeting(note)) return true;
  const format = findFormat(note);
  if (format !== null && meetingAhead(note, findMeeting(note), format.source)) return true;
  // Round 31e: an invitation to an event on a day at an hour, whatever its kind, is a partial
  // note (cues/invitedEvent.ts), unless the text records a meeting held.
  if (invitesToEvent(note) && !recordsMeeting(note)) return true;
  // Round 32: a poster's or an event sheet's layout announces its meeting whatever its
  // sentences say (cues/announcementLayout.ts).
  return announcedByLayout(note, pointCount);
}

/**
 * How many numbered paragraphs make the text a report: they must carry most of its text
 * (the three numbered notes under a programme of work do not make it one) and not be
 * questions (an FAQ numbers its questions, each followed by its answer).
 */
function reportParagraphs(
  blocks: readonly string[],
  paragraphs: ReturnType<typeof collectParagraphs>,
): number {
  const questions = paragraphs.filter(({ text }) =>
    /[?？؟]$/u.test(text.split('\n')[0]?.trim() ?? ''),
  );
  if (questions.length * 2 > paragraphs.length) return 0;
  // Round 31a: nor are numbered headings, each a short title line without closing punctuation
  // over the prose that follows ("1. Debate Abierto – Oriente Medio (12 de julio)", "2. Briefing
  // – Libya (11 June)"): a digest of meetings or a web page numbers its sections so, a report
  // its paragraphs, whose numbered line is a sentence.
  const headings = paragraphs.filter(({ text }) => isHeading(text.split('\n')[0]?.trim() ?? ''));
  if (headings.length * 2 > paragraphs.length) return 0;
  const inParagraphs = paragraphs.reduce((sum, { text }) => sum + text.length, 0);
  const all = blocks.reduce((sum, block) => sum + block.length, 0);
  return inParagraphs * 2 >= all ? paragraphs.length : 0;
}

/**
 * Round 27a: a line naming a report's author ("Report of the Secretary-General") heads the
 * report, above its text; one in the second half of the text is a link in a web page's list of
 * related documents ("Related documents / Report of the Secretary-General on … (A/82/1)"), below
 * the meeting the page announces.
 */
function headedByAuthor(blocks: readonly string[]): number | null {
  const half = blocks.reduce((sum, block) => sum + block.length, 0) / 2;
  let before = 0;
  for (const [index, block] of blocks.entries()) {
    if (before >= half) return authorBesideSymbol(blocks);
    if (block.length < 150 && AUTHOR_LINE.test(block)) return index;
    before += block.length;
  }
  return null;
}

/**
 * Round t43k: an author line printed beside the document's own symbol, within two blocks of it
 * ("Report of the Office of the United Nations High Commissioner for Human Rights" / "United
 * Nations A/HRC/38/23"), is the masthead of a UN document, wherever a web page's copy sets it
 * (under a long catalogue entry); a link in a list of related documents stands by no masthead.
 */
const BESIDE_SYMBOL = 2;

function authorBesideSymbol(blocks: readonly string[]): number | null {
  const at = blocks.findIndex(
    (block, index) =>
      block.length < 150 &&
      AUTHOR_LINE.test(block) &&
      blocks
        .slice(Math.max(0, index - BESIDE_SYMBOL), index + BESIDE_SYMBOL + 1)
        .some((near) => symbolOf(near) !== null),
  );
  return at < 0 ? null : at;
}

/**
 * Round 32: an author line under a title naming the meeting the document arranges ("Organization
 * of the high-level meeting on …" / "Note by the President of the General Assembly") heads that
 * meeting's note, when it looks forward to the meeting (cues/organizingNote.ts). Session 26: so does
 * an author line under a title that is the meeting itself ("High-level meeting of the General
 * Assembly on …" / "Note by the President of the General Assembly", cues/titleNamesMeeting.ts).
 */
// Round t43c: a UN document's masthead may set its title above the lines of its body, session and
// agenda item ("A/81/764" / "Organizational arrangements for the high-level meeting on …" /
// "General Assembly" / "Eighty-first session" / "Agenda item 25" / "Social development" / "Note by
// the President of the General Assembly"): a title arranging a meeting counts within these lines.
const MASTHEAD_LINES = 6;

function arrangesMeeting(note: NoteLayout, authorAt: number): boolean {
  const title = note.blocks[authorAt - 1] ?? '';
  const arranging = note.blocks
    .slice(Math.max(0, authorAt - MASTHEAD_LINES), authorAt)
    .some((block) => block.length < 300 && organizesMeeting(block));
  if (!arranging && !titleNamesMeeting(title)) return false;
  const format = findFormat(note);
  return format !== null && meetingAhead(note, findMeeting(note), format.source);
}

export interface ParseOptions {
  /**
   * Read the text as a concept note whatever kind it looks like (session 19): the organizer's
   * answer to a refusal ("Read it as a concept note anyway"). Every field is then highlighted,
   * and a text giving none of a note's fields is still refused.
   */
  asConceptNote?: boolean;
}

export function parseDocument(text: string, options: ParseOptions = {}): ConceptNote | Report {
  // Round t43c: Chinese in traditional characters is read folded to the simplified characters the
  // Chinese cues use, and what is read is given back in the text's own (text/foldTraditional.ts).
  if (!inTraditionalScript(text)) return parseAsWritten(text, options);
  return inScriptOf(parseAsWritten(foldTraditional(text), options), traditionalOf(text));
}

/** Every string of a reading, through `restore`. */
function inScriptOf<T>(value: T, restore: (text: string) => string): T {
  if (typeof value === 'string') return restore(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => inScriptOf(item, restore)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, inScriptOf(item, restore)]),
    ) as T;
  }
  return value;
}

function parseAsWritten(text: string, options: ParseOptions): ConceptNote | Report {
  const note = toNoteLayout(text);
  if (!options.asConceptNote) return readAsDecided(note, text);
  let decided: ConceptNote | Report | null = null;
  try {
    decided = readAsDecided(note, text);
  } catch (error) {
    if (!(error instanceof DocumentReadError)) throw error;
  }
  return decided?.kind === 'concept-note' ? decided : readAsAsked(note);
}

/** The kind decided from the content alone, read as that kind, or refused. */
function readAsDecided(note: NoteLayout, text: string): ConceptNote | Report {
  const authorAt = headedByAuthor(note.blocks);
  // The numbered paragraphs, read once and only when a rule below asks.
  let read: ReturnType<typeof collectParagraphs> | undefined;
  const numbered = (): ReturnType<typeof collectParagraphs> =>
    (read ??= collectParagraphs(note.blocks));
  // Round t43k: an author line over no numbered paragraph at all heads no report (a report names
  // its author and numbers its paragraphs): a "Note by the Secretariat" in prose, announcing the
  // panels of a session ahead, is read by the note's rules as a text without one.
  const hasAuthorLine =
    authorAt !== null && !arrangesMeeting(note, authorAt) && numbered().length > 0;
  // Round w37ct: a summary of a meeting held is its record, refused (cues/summaryOfMeetingHeld.ts);
  // session 16: printed under its own symbol, with numbered paragraphs, it is a report.
  if (summaryUnderSymbol(note, text) && numbered().length >= MIN_REPORT_PARAGRAPHS)
    return parseReport(text);
  if (!hasAuthorLine && summarizesMeetingHeld(note))
    throw notReadable('a summary of a meeting already held');
  if (!hasAuthorLine && looksLikeConceptNote(note)) return conceptNoteFrom(note);
  // Session 26: a meeting's information or logistics note numbers its paragraphs as a report does;
  // naming its meeting, it is that meeting's partial note (cues/informationNote.ts).
  if (!hasAuthorLine && headedAsInformationNote(note) && leansToNote(note))
    return conceptNoteFrom(note, 'leaning');
  // A report that names its author needs only its numbered paragraphs; without an author
  // line they must carry the text.
  const paragraphs = hasAuthorLine ? numbered().length : reportParagraphs(note.blocks, numbered());
  if (paragraphs >= MIN_REPORT_PARAGRAPHS) return parseReport(text);
  // Round t43k: under its masthead (its author beside its own symbol) a document is a report from
  // its first numbered paragraph: a copy cut short keeps fewer than three.
  if (hasAuthorLine && paragraphs > 0 && authorBesideSymbol(note.blocks) === authorAt)
    return parseReport(text);
  // Round 34k: what is neither, but names one meeting and is positively nothing else, is a
  // partial note whose every field is to be checked (cues/leaningToNote.ts).
  if (!hasAuthorLine && leansToNote(note)) return conceptNoteFrom(note, 'leaning');
  throw notReadable(otherKindOf(note));
}

/**
 * A text the organizer asked to read as a concept note: what a note's cues find in it, every field
 * to be checked; refused only when they find nothing at all.
 */
function readAsAsked(note: NoteLayout): ConceptNote {
  const asked = conceptNoteFrom(note, 'asked');
  const found =
    asked.discussionPoints.length > 0 ||
    asked.objectives.length > 0 ||
    [asked.theme, asked.meetingDate, asked.format, asked.body, asked.convener].some(
      (value) => value !== null,
    );
  if (found) return asked;
  throw new DocumentReadError(
    'document.no_structure',
    'Even read as a concept note, this file gives no theme, meeting, date or discussion points. Check that you chose the right file, or enter the details by hand.',
  );
}

/**
 * The refusal, saying what the text was taken for when there is positive evidence of another
 * kind (session 18), so an organizer whose note was misread knows why and what to do.
 */
function notReadable(takenFor: string | null = null): DocumentReadError {
  return new DocumentReadError(
    'document.no_structure',
    takenFor === null
      ? 'This file does not look like a concept note or a UN report: no meeting, discussion points or numbered paragraphs were found. Check that you chose the right file; if it is the concept note, read it as one anyway (every field to check) or enter the details by hand.'
      : `This file reads as ${takenFor}, not as a concept note for a meeting ahead or a UN report, so nothing was imported. If it is the note for a meeting to come, read it as a concept note anyway (every field to check) or enter the details by hand.`,
  );
}
