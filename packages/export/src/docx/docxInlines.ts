import {
  DeletedTextRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InsertedTextRun,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Inline, TextRun as ExportRun } from '../content/Block.js';
import { docxLanguage, runLanguage, type DocxLanguage } from './docxLanguage.js';
import type { DocxNotes } from './DocxNotes.js';
import type { DocxRevisions } from './DocxRevisions.js';

// Export runs → Word runs. Formatting is direct (bold, italic…) on top of the paragraph
// style, as Word does when a user presses Ctrl+B; citations become real footnotes.

function runOptions(run: ExportRun, language: DocxLanguage, style?: string) {
  return {
    ...runLanguage(run.text, language),
    text: run.text,
    bold: run.bold || undefined,
    italics: run.italic || undefined,
    underline: run.underline ? {} : undefined,
    strike: run.strike || undefined,
    style,
  };
}

function wordRun(run: ExportRun, language: DocxLanguage, style?: string): TextRun {
  return new TextRun(runOptions(run, language, style));
}

/** A suggestion as a Word tracked change, which the reader accepts or rejects in Word. */
function trackedRun(
  run: ExportRun,
  language: DocxLanguage,
  revisions: DocxRevisions | undefined,
): ParagraphChild | undefined {
  if (!run.suggestion || !revisions) return undefined;
  const options = { ...runOptions(run, language), ...revisions.mark(run.suggestion) };
  return run.suggestion.kind === 'insert'
    ? new InsertedTextRun(options)
    : new DeletedTextRun(options);
}

function runChildren(
  run: ExportRun,
  notes: DocxNotes,
  language: DocxLanguage,
  revisions?: DocxRevisions,
): ParagraphChild[] {
  const text =
    trackedRun(run, language, revisions) ??
    (run.href
      ? new ExternalHyperlink({ link: run.href, children: [wordRun(run, language, 'Hyperlink')] })
      : wordRun(run, language));
  return run.note ? [text, new FootnoteReferenceRun(notes.add(run.note))] : [text];
}

export function docxInlines(
  inlines: readonly Inline[],
  notes: DocxNotes,
  language: DocxLanguage = docxLanguage('en'),
  revisions?: DocxRevisions,
): ParagraphChild[] {
  return inlines.flatMap((inline) =>
    inline.kind === 'break'
      ? [new TextRun({ break: 1 })]
      : runChildren(inline, notes, language, revisions),
  );
}
