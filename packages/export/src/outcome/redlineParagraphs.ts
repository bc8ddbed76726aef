import type { OutcomeRevisionExport } from './OutcomeExport.js';

export type RedlineRun = NonNullable<OutcomeRevisionExport['redline']>['parts'][number];

/** A word redline over the whole text, cut into paragraphs at its blank lines. */
export function redlineParagraphs(parts: readonly RedlineRun[]): RedlineRun[][] {
  const paragraphs: RedlineRun[][] = [[]];
  for (const part of parts) {
    part.text.split('\n\n').forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece) paragraphs.at(-1)!.push({ kind: part.kind, text: piece });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
