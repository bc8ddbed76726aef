// Scores corpus notes whose names start with a prefix (default: all), note by note, with the
// corpus's scorer, printing each wrong field: `node --import tsx
// packages/un-docs/scripts/scoreCorpus.ts r7l-`; `--pending` scores the notes waiting in
// fixtures/corpus-pending instead. Only tuning notes: never the holdout.
import { DocumentReadError } from '../src/errors/DocumentReadError.js';
import { corpusNotes, PENDING_DIR } from '../src/fixtures/corpus.js';
import { SCORED_FIELDS, scoreNote } from '../src/fixtures/scoreNote.js';
import { importDocument, type ImportedDocument } from '../src/importDocument.js';

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const args = process.argv.slice(2);
const pending = args.includes('--pending');
const prefix = args.find((arg) => arg !== '--pending') ?? '';
let full = 0;
let right = 0;
let total = 0;
const notes = (pending ? corpusNotes(PENDING_DIR) : corpusNotes()).filter((note) =>
  note.name.startsWith(prefix),
);
for (const note of notes) {
  let outcome: ImportedDocument | Error;
  try {
    outcome = await importDocument(note.bytes, { fileName: note.fileName });
  } catch (error) {
    outcome = error instanceof Error ? error : new Error(String(error));
  }
  if (note.refused) {
    const refused = outcome instanceof DocumentReadError;
    total += 1;
    right += refused ? 1 : 0;
    full += refused ? 1 : 0;
    if (!refused) say(`${note.fileName}: not refused`);
    continue;
  }
  if (note.report) {
    const report = !(outcome instanceof Error) && outcome.document.kind === 'report';
    total += 1;
    right += report ? 1 : 0;
    full += report ? 1 : 0;
    if (!report) say(`${note.fileName}: not read as a report`);
    continue;
  }
  if (outcome instanceof Error || outcome.document.kind !== 'concept-note') {
    total += SCORED_FIELDS.length;
    say(`${note.fileName}: not read as a note`);
    continue;
  }
  const score = scoreNote(note.expected, { ...outcome.document });
  total += score.total;
  right += score.right;
  if (score.wrong.length === 0) full += 1;
  for (const { field, expected, actual } of score.wrong) {
    say(`${note.fileName}: ${field}`);
    say(`  want ${JSON.stringify(expected)}`);
    say(`  got  ${JSON.stringify(actual)}`);
  }
}
say(`${prefix || 'corpus'}: ${full}/${notes.length} notes fully right; ${right}/${total} fields`);
