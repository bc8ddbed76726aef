// Scores corpus notes whose names start with a prefix (default: all), note by note, with the
// corpus's scorer: `node --import tsx packages/un-docs/scripts/scoreCorpus.ts r7l-`.
import { DocumentReadError } from '../src/errors/DocumentReadError.js';
import { corpusNotes } from '../src/fixtures/corpus.js';
import { scoreNote } from '../src/fixtures/scoreNote.js';
import { importDocument } from '../src/importDocument.js';

const prefix = process.argv[2] ?? '';
let full = 0;
let right = 0;
let total = 0;
const notes = corpusNotes().filter((note) => note.name.startsWith(prefix));
for (const note of notes) {
  let outcome: Awaited<ReturnType<typeof importDocument>> | Error;
  try {
    outcome = await importDocument(note.bytes, { fileName: note.fileName });
  } catch (error) {
    outcome = error instanceof Error ? error : new Error(String(error));
  }
  if (note.refused) {
    const ok = outcome instanceof DocumentReadError;
    total += 1;
    right += ok ? 1 : 0;
    full += ok ? 1 : 0;
    if (!ok) console.log(`${note.fileName}: not refused`);
    continue;
  }
  if (outcome instanceof Error || outcome.document.kind !== 'concept-note') {
    total += 14;
    console.log(`${note.fileName}: not read as a note`);
    continue;
  }
  const score = scoreNote(note.expected, { ...outcome.document });
  total += score.total;
  right += score.right;
  if (score.wrong.length === 0) full += 1;
  for (const miss of score.wrong) {
    console.log(`${note.fileName}: ${miss.field}\n  want ${JSON.stringify(miss.expected)}\n  got  ${JSON.stringify(miss.actual)}`);
  }
}
console.log(`${prefix || 'corpus'}: ${full}/${notes.length} notes fully right; ${right}/${total} fields`);
