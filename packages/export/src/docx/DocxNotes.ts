import { Paragraph, TextRun } from 'docx';

// Citation footnotes of a Word document. Word keeps them in word/footnotes.xml, keyed by
// id, so they are collected while the body is built and handed to the Document at the end.

export class DocxNotes {
  private readonly notes: Record<string, { children: Paragraph[] }> = {};
  private next = 1;

  /** Registers a footnote and returns the id its reference run must carry. */
  add(reference: string): number {
    const id = this.next;
    this.next += 1;
    this.notes[String(id)] = {
      children: [new Paragraph({ children: [new TextRun(` ${reference}`)] })],
    };
    return id;
  }

  get footnotes(): Readonly<Record<string, { children: Paragraph[] }>> {
    return this.notes;
  }
}
