import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command } from 'commander';
import type { ConceptNote, Report } from '@plenary/un-docs';
import { DocumentReadError } from '@plenary/un-docs/errors';

/** `plenary parse FILE [--json] [--as-note]`: what the importer finds in a concept note or report. */
export function createParseCommand(): Command {
  return new Command('parse')
    .description(
      'show what the importer recognizes in a concept note or report (text, Markdown, DOCX or PDF)',
    )
    .argument('<file>', 'the document to read')
    .option('--json', 'print the parsed structure as JSON')
    .option('--as-note', 'read it as a concept note whatever it looks like (check every field)')
    .action(async (file: string, options: { json?: boolean; asNote?: boolean }) => {
      try {
        const bytes = new Uint8Array(await readFile(file));
        // The importer loads with the command, so `plenary serve` never holds it in memory.
        const { importDocument } = await import('@plenary/un-docs');
        const { document } = await importDocument(bytes, {
          fileName: basename(file),
          asConceptNote: options.asNote === true,
        });
        process.stdout.write(
          options.json ? `${JSON.stringify(document, null, 2)}\n` : summary(document),
        );
      } catch (error) {
        if (error instanceof DocumentReadError) throw new Error(`${error.message} (${error.code})`);
        throw error;
      }
    });
}

/** Fields read with low confidence, so whoever checks the import looks at them first. */
function lowConfidence(note: ConceptNote): string[] {
  const guessed = Object.entries(note.confidence).filter(([, confidence]) => confidence < 0.6);
  if (guessed.length === 0) return [];
  return [`Check (low confidence): ${guessed.map(([field]) => field).join(', ')}`];
}

function summary(document: ConceptNote | Report): string {
  if (document.kind === 'report') {
    return [
      `Report ${document.symbol ?? '(no symbol)'}: ${document.title ?? '(no title)'}`,
      `Date: ${document.date ?? '—'}`,
      `Paragraphs: ${document.paragraphs.length}; footnotes: ${document.footnotes.length}`,
      '',
    ].join('\n');
  }
  const lines = [
    `Concept note ${document.symbol ?? '(no symbol)'}: ${document.theme ?? '(no theme)'}`,
    `Body: ${document.body ?? '—'}; format: ${document.format ?? '—'}; presidency: ${document.presidency ?? '—'}; convener: ${document.convener ?? '—'}`,
    `Meeting: ${document.meetingDate ?? '—'} ${document.meetingTime ?? ''}`.trimEnd(),
    `Speaking limit: ${document.speakingLimitMinutes ?? '—'} min; submit to ${document.submission.email ?? '—'} by ${document.submission.deadline ?? '—'}`,
    `Expected outcome: ${document.expectedOutcome ?? '—'}`,
    ...(document.notice ? [`Note: ${document.notice}`] : []),
    ...lowConfidence(document),
    'Objectives:',
    ...document.objectives.map((o) => `  ${o.label} ${o.text}`),
    'Discussion points:',
    ...document.discussionPoints.map((p) => `  ${p.label} ${p.text}`),
  ];
  return `${lines.join('\n')}\n`;
}
