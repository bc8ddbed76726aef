// The frozen holdout of concept notes (packages/un-docs/fixtures/holdout): notes the
// importer's authors do not read, scored field by field through the public importDocument.
// It prints the score on every run; per-note failures are deliberately not printed: the
// holdout only measures generalization while its authors never learn which notes fail.
// CI enforces that the score never falls below the last measure; HOLDOUT_ENFORCE=target
// enforces issue 18's goal (≥ 95 % of notes fully right), which is not met.
// This is the second holdout (24 texts, written 2026-12-04); the first (21 notes, scored six
// times, last 14/21) was retired into the tuning corpus when it stopped measuring
// generalization. HOLDOUT_DIR=<directory> scores another set once: it prints the score and
// checks nothing against the measure, which belongs to this one.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentReadError, importDocument } from '@plenary/un-docs';
import { describe, expect, it } from 'vitest';
import {
  SCORED_FIELDS,
  scoreNote,
  type Expectation,
  type NoteScore,
} from './support/conceptNoteScore.js';

const otherDir = process.env.HOLDOUT_DIR;
const holdoutDir = otherDir
  ? pathToFileURL(`${resolve(otherDir)}/`)
  : new URL('../packages/un-docs/fixtures/holdout/', import.meta.url);
const EXPECTED = '.expected.json';
const NOTE_EXTENSIONS = ['txt', 'md', 'docx', 'pdf'];
const TARGET_SHARE = 0.95;
/**
 * Notes fully right on this holdout as last measured (2026-12-04): 6 of 24 with the importer
 * as it was when the set was written, 5 of 24 after round 5 (51 more corpus notes) and after
 * round 6 (structural readings; fields 225 → 236 of 288), after round 7 and after round 8 (237 of 288).
 */
const MEASURED_NOTES_RIGHT = 5;

/** Every note is `<name>.<txt|md|docx|pdf>` beside `<name>.expected.json` (SOURCES.md is not one). */
function holdoutNotes(): string[] {
  const files = readdirSync(holdoutDir);
  return files
    .filter((file) => file.endsWith(EXPECTED))
    .map((file) => {
      const name = file.slice(0, -EXPECTED.length);
      const notes = NOTE_EXTENSIONS.map((ext) => `${name}.${ext}`).filter((note) =>
        files.includes(note),
      );
      if (notes.length !== 1) throw new Error(`${file} needs exactly one note beside it`);
      return notes[0] as string;
    })
    .sort();
}

function expectationOf(file: string): Expectation {
  const name = file.replace(/\.[^.]+$/, '');
  const json = readFileSync(new URL(`${name}${EXPECTED}`, holdoutDir), 'utf8');
  const expected = JSON.parse(json) as Expectation;
  if (!('refused' in expected)) {
    const absent = SCORED_FIELDS.filter((field) => !(field in expected));
    if (absent.length > 0) throw new Error(`${name}${EXPECTED} lacks ${absent.join(', ')}`);
  }
  return expected;
}

async function importNote(file: string): Promise<Record<string, unknown> | Error> {
  const bytes = new Uint8Array(readFileSync(new URL(file, holdoutDir)));
  try {
    const { document } = await importDocument(bytes, { fileName: file });
    return document as unknown as Record<string, unknown>;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function report(scores: NoteScore[]): { notesRight: number; summary: string } {
  const notesRight = scores.filter((score) => score.missed.length === 0).length;
  const fieldsRight = scores.reduce((sum, score) => sum + score.fieldsRight, 0);
  const fieldsTotal = scores.reduce((sum, score) => sum + score.fieldsTotal, 0);
  const misses = new Map<string, number>();
  for (const field of scores.flatMap((score) => score.missed)) {
    misses.set(field, (misses.get(field) ?? 0) + 1);
  }
  const perField = [...misses]
    .sort((a, b) => b[1] - a[1])
    .map(([field, count]) => `  ${field}: missed in ${count} note(s)`);
  const summary = [
    `holdout: ${notesRight}/${scores.length} notes fully right, ${fieldsRight}/${fieldsTotal} fields right`,
    ...perField,
  ].join('\n');
  return { notesRight, summary };
}

describe('concept-note holdout', () => {
  it('has at least 16 notes, each with an expectation', () => {
    const notes = holdoutNotes();
    expect(notes.length).toBeGreaterThanOrEqual(16);
    for (const file of notes) expect(() => expectationOf(file)).not.toThrow();
  });

  it('imports the holdout notes no worse than measured (and ≥ 95 % with HOLDOUT_ENFORCE=target)', async () => {
    const notes = holdoutNotes();
    const scores: NoteScore[] = [];
    for (const file of notes) {
      scores.push(
        scoreNote(
          expectationOf(file),
          await importNote(file),
          (e) => e instanceof DocumentReadError,
        ),
      );
    }
    const { notesRight, summary } = report(scores);
    console.log(otherDir === undefined ? summary : `${otherDir}\n${summary}`);
    if (process.env.HOLDOUT_ENFORCE === 'target') {
      expect(notesRight / notes.length, summary).toBeGreaterThanOrEqual(TARGET_SHARE);
    } else if (otherDir === undefined && process.env.HOLDOUT_ENFORCE !== '0') {
      expect(notesRight, summary).toBeGreaterThanOrEqual(MEASURED_NOTES_RIGHT);
    }
  });
});
