import type { ConceptNote } from './conceptNotes/ConceptNote.js';
import { findListSections } from './conceptNotes/findListSections.js';
import { findMeeting } from './conceptNotes/findMeeting.js';
import { parseConceptNote } from './conceptNotes/parseConceptNote.js';
import { toNoteText } from './conceptNotes/NoteText.js';
import { DocumentReadError } from './errors/DocumentReadError.js';
import { collectParagraphs } from './reports/collectParagraphs.js';
import { AUTHOR_LINE } from './reports/findReportTitle.js';
import { parseReport } from './reports/parseReport.js';
import type { Report } from './reports/Report.js';
import { normalizeText } from './text/normalizeText.js';

// Decides from the content alone whether a text is a concept note or a report. A report
// names its author ("Report of the Secretary-General"); a concept note calls itself one in
// a title, or asks its questions about a dated meeting. Anything else is refused rather
// than forced into either shape.

const NOTE_TITLE = /^(?:annex\s*[:.]?\s*)?concept\s+note\b|\bconcept\s+note\s*(?:for|on|:)/i;
const MIN_REPORT_PARAGRAPHS = 3;

function looksLikeConceptNote(blocks: readonly string[]): boolean {
  if (blocks.some((block) => block.length < 400 && NOTE_TITLE.test(block))) return true;
  const note = toNoteText(blocks.join('\n\n'));
  return findListSections(note.blocks, 'points').length > 0 && findMeeting(note).date !== null;
}

export function parseDocument(text: string): ConceptNote | Report {
  const { blocks } = toNoteText(normalizeText(text));
  const hasAuthorLine = blocks.some((block) => block.length < 150 && AUTHOR_LINE.test(block));
  if (!hasAuthorLine && looksLikeConceptNote(blocks)) return parseConceptNote(text);
  if (collectParagraphs(blocks).length >= MIN_REPORT_PARAGRAPHS) return parseReport(text);
  throw new DocumentReadError(
    'document.no_structure',
    'This file does not look like a concept note or a UN report: no meeting, discussion points or numbered paragraphs were found. Check that you chose the right file, or enter the details by hand.',
  );
}
