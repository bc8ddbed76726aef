// The concept notes of one fixture folder, for the scripts that measure the importer field by
// field (candidateRecall, convenerRecall, formatRecall, themeNotes; sessions 28–29): each text
// beside its expectation, refusals and reports left out. Also the command line they share, which
// refuses per-note output for a holdout: the blind sets' per-note results are never printed
// (docs/importing.md, the holdout protocol).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normalizeForScore } from '../src/fixtures/scoreNote.js';
import { importDocument } from '../src/importDocument.js';

const NOTE_FILE = /^(.+)\.(txt|md|docx|pdf)$/;

export interface FixtureNote {
  name: string;
  fileName: string;
  bytes: Buffer;
  expected: Record<string, unknown>;
}

/** `SCRIPT DIR [-v]`: the folder, and whether to print each miss (never for a holdout). */
export function measuringArgs(script: string): { dir: string; verbose: boolean } {
  const dir = process.argv[2];
  if (!dir) throw new Error(`usage: ${script} DIR [-v]`);
  const verbose = process.argv.includes('-v');
  if (verbose && /holdout/u.test(basename(dir.replace(/\/+$/u, ''))))
    throw new Error('-v is for tuning folders only, never a holdout');
  return { dir, verbose };
}

/** Every text of the folder that its expectation says is a concept note, in name order. */
export function* fixtureNotes(dir: string): Generator<FixtureNote> {
  for (const fileName of readdirSync(dir).sort()) {
    const name = NOTE_FILE.exec(fileName)?.[1];
    if (!name || fileName === 'README.md' || fileName === 'SOURCES.md') continue;
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    if (expected.refused === true || (expected.kind ?? 'concept-note') !== 'concept-note') continue;
    yield { name, fileName, bytes: readFileSync(join(dir, fileName)), expected };
  }
}

/** The fixture notes the importer reads as concept notes, with what it read. */
export async function* importedNotes(
  dir: string,
): AsyncGenerator<FixtureNote & { document: Record<string, unknown> }> {
  for (const note of fixtureNotes(dir)) {
    const parsed = await importDocument(note.bytes, { fileName: note.fileName }).catch(() => null);
    if (parsed?.document.kind !== 'concept-note') continue;
    yield { ...note, document: parsed.document as unknown as Record<string, unknown> };
  }
}

/** A string field as the scorer compares it, or null. */
export function comparable(value: unknown): string | null {
  return typeof value === 'string' ? normalizeForScore(value) : null;
}
