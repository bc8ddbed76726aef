import { ExternalHyperlink, FootnoteReferenceRun, TextRun, type ParagraphChild } from 'docx';
import type { Inline, TextRun as ExportRun } from '../content/Block.js';
import { docxLanguage, runLanguage, type DocxLanguage } from './docxLanguage.js';
import type { DocxNotes } from './DocxNotes.js';

// Export runs → Word runs. Formatting is direct (bold, italic…) on top of the paragraph
// style, as Word does when a user presses Ctrl+B; citations become real footnotes.

function wordRun(run: ExportRun, language: DocxLanguage, style?: string): TextRun {
  return new TextRun({
    ...runLanguage(run.text, language),
    text: run.text,
    bold: run.bold || undefined,
    italics: run.italic || undefined,
    underline: run.underline ? {} : undefined,
    strike: run.strike || undefined,
    style,
  });
}

function runChildren(run: ExportRun, notes: DocxNotes, language: DocxLanguage): ParagraphChild[] {
  const text = run.href
    ? new ExternalHyperlink({ link: run.href, children: [wordRun(run, language, 'Hyperlink')] })
    : wordRun(run, language);
  return run.note ? [text, new FootnoteReferenceRun(notes.add(run.note))] : [text];
}

export function docxInlines(
  inlines: readonly Inline[],
  notes: DocxNotes,
  language: DocxLanguage = docxLanguage('en'),
): ParagraphChild[] {
  return inlines.flatMap((inline) =>
    inline.kind === 'break' ? [new TextRun({ break: 1 })] : runChildren(inline, notes, language),
  );
}
