// The frozen holdouts of concept notes (packages/un-docs/fixtures/holdout):
// notes the importer's authors do not read, scored field by field through the public
// importDocument. It prints each score on every run; per-note failures are deliberately not
// printed: a holdout only measures generalization while its authors never learn which notes
// fail. CI enforces that each score never falls below its last measure; HOLDOUT_ENFORCE=target
// enforces issue 18's goal (≥ 95 % of notes fully right) on the newest set, which is not met.
// The third (24 texts, written 2026-12-05, 8 fully right when retired) was read by the
// coordinator in session 7 and retired into the tuning corpus (`h3-` notes); the fourth, written
// that day (4 of 24 before and after round 12), was retired into it in session 8 (`h4-` notes)
// after two more readers had annotated it; the fifth, written that day (8 of 24 as written, 10
// after rounds 13-14), was retired into it in session 9 (`h5-` notes); the sixth, written that
// day by a helper who had not read the importer (9 of 24 as written, 11 when retired), was
// retired into it in session 10 (`h6-` notes); the seventh, written in session 10 the same
// way (12 of 24 as written and when retired), was retired into it in session 11 (`h7-` notes);
// the eighth, written in session 11 the same way (11 of 24 as written, 12 when retired), was
// retired into it in session 12 (`h8-` notes); the ninth, written in session 12 the same way
// (12 of 24 as written and when retired; 11 once two readings were amended to its two other
// readers'), was retired into it in session 13 (`h9-` notes); the tenth, written in session 13
// the same way (11 of 24 as written, 254 of 288 fields after round 34k, which chose between
// versions of its rule by the tenth's totals), was retired into it in session 14 (`h10-` notes);
// the eleventh, written in session 14 the same way (13 of 24 as written, 15 of 24 and 274 of 288
// fields when retired), was retired into it in session 17 (`h11-` notes); the twelfth, written
// in session 17 the same way (12 of 24, 232 of 288 fields as written and after three rounds), was
// retired into it in session 18 (`h12-` notes); the thirteenth, written in session 18 the same
// way (12 of 24, 222 of 276 fields as written and after round h12t; 241 after round ruar, not a
// blind gain), was retired into it in session 19 (`h13-` notes); the fourteenth, written in
// session 19 the same way (8 of 24, 205 of 276 fields as written; 216 after round zh, not a blind
// gain), was retired into it in session 23 (`h14-` notes); the fifteenth, written in session 23
// the same way (6 of 24, 200 of 276 fields as written and after round h14t, 211 after round t40),
// was retired into it in session 26 (`h15-` notes); the sixteenth, written in session 24 the
// same way (11 of 24, 242 of 276 fields as written; 243 after session 26's rounds), was retired
// into it in session 27 (`h16-` notes); the seventeenth, written in session 25 the same way (8 of
// 24, 212 of 276 fields as written and amended), and the eighteenth, written in session 26 the
// same way (9 of 24, 244 of 276 fields as amended), are still scored; the nineteenth, written in
// session 27 the same way (8 of 23, 199 of 251 fields as amended), takes over the measure
// (`target`). The second (24 texts, 2026-12-04) was read by the coordinator to decide the
// first conventions, so it says less; it is still scored. The first (21 notes, scored six times)
// was retired into the tuning corpus.
// HOLDOUT_DIR=<dir> scores another set once: it prints the score and checks nothing. An
// expectation may be `{ "refused": true }` or, for a report, `{ "kind": "report" }`.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentReadError, importDocument } from '@plenary/un-docs';
import { describe, expect, it } from 'vitest';
import {
  SCORED_FIELDS,
  notANote,
  scoreNote,
  type Expectation,
  type NoteScore,
} from './support/conceptNoteScore.js';

const otherDir = process.env.HOLDOUT_DIR;
const EXPECTED = '.expected.json';
const NOTE_EXTENSIONS = ['txt', 'md', 'docx', 'pdf'];
const TARGET_SHARE = 0.95;

interface Holdout {
  name: string;
  dir: URL;
  /** Notes fully right as last measured; undefined for a set given by HOLDOUT_DIR. */
  measuredNotesRight?: number;
  /** Fields right as last measured: a change can lose fields in notes that stay wrong. */
  measuredFieldsRight?: number;
  /** Whether HOLDOUT_ENFORCE=target applies (the newest set). */
  target: boolean;
}

const HOLDOUTS: Holdout[] = otherDir
  ? [{ name: otherDir, dir: pathToFileURL(`${resolve(otherDir)}/`), target: false }]
  : [
      {
        // Written 2026-12-07 (session 27) by a helper who had not read the importer, the corpus
        // or the other holdouts, and never ran it (13 of its 24 texts real; one real text dropped
        // before scoring, since it reprints a tuning note's page); 8 of 23 (199 of 251 fields)
        // with the importer as it stood when it was written (a1771653's), after three readings
        // amended to both other readers'; 9 of 23 (201 of 251) after session 27's rounds t42a–e,
        // t42k and r42 (blind: written before them); 214 after session 28's rounds t43a–d (one
        // text refused before now read as a note, t43c). Two more readers agree with its writer on
        // 21 and 22 of its 23 notes.
        name: 'nineteenth holdout',
        dir: new URL('../packages/un-docs/fixtures/holdout19/', import.meta.url),
        measuredNotesRight: 9,
        measuredFieldsRight: 214,
        target: true,
      },
      {
        // Written 2026-12-07 (session 26) by a helper who had not read the importer, the corpus
        // or the other holdouts, and never ran it (13 of its 24 texts real); 9 of 24 (243 of 276
        // fields) with the importer as it stood when it was written (917a6864's), 244 after one
        // reading amended to both other readers'; 10 of 24 (245 of 276) after session 26's rounds
        // t41a–t41d (blind: written before them); 246 after a second reading amended in session
        // 27 (a specialized agency's organ is no body, by round 17's closed list). Two more
        // readers agree with its writer on 17 and 16 of its 24 notes.
        name: 'eighteenth holdout',
        dir: new URL('../packages/un-docs/fixtures/holdout18/', import.meta.url),
        measuredNotesRight: 10,
        measuredFieldsRight: 246,
        target: false,
      },
      {
        // Written 2026-12-07 (session 25) by a helper who had not read the importer, the corpus
        // or the other holdouts, and never ran it (14 of its 24 texts real); 8 of 24 (213 of 276
        // fields) with the importer as it stood when it was written (75d37700's), 212 after one
        // reading amended to both other readers', 223 after round t40 (blind: written before it),
        // 234 after session 28's rounds t43a–d (one text refused before now read). Two more
        // readers agree with its writer on 18 and 17 of its 24 notes.
        name: 'seventeenth holdout',
        dir: new URL('../packages/un-docs/fixtures/holdout17/', import.meta.url),
        measuredNotesRight: 8,
        measuredFieldsRight: 234,
        target: false,
      },
      {
        // 6 of 24 as written, 5 after rounds 5–8 (237 of 288 fields after round 8), 7 after the
        // 2026-12-05 conventions (252 of 288), 6 after round 10 (251 of 288: a Human Rights
        // Council that "will mark" an anniversary "through a panel discussion" is now read as
        // its convener, as the corpus's convention has it; this set's writer wrote none), 8
        // after round 12 (256 of 288), 9 after round 16 (260 of 288), 10 after rounds 25a and 25b
        // (263 of 288), 11 after rounds 32–33 (264 of 288), 12 after round w36bt (265 of 288).
        name: 'second holdout',
        dir: new URL('../packages/un-docs/fixtures/holdout/', import.meta.url),
        measuredNotesRight: 12,
        measuredFieldsRight: 265,
        target: false,
      },
    ];

/** Every note is `<name>.<txt|md|docx|pdf>` beside `<name>.expected.json` (SOURCES.md is not one). */
function holdoutNotes(dir: URL): string[] {
  const files = readdirSync(dir);
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

function expectationOf(dir: URL, file: string): Expectation {
  const name = file.replace(/\.[^.]+$/, '');
  const json = readFileSync(new URL(`${name}${EXPECTED}`, dir), 'utf8');
  const expected = JSON.parse(json) as Expectation;
  if (!notANote(expected)) {
    const absent = SCORED_FIELDS.filter((field) => !(field in expected));
    if (absent.length > 0) throw new Error(`${name}${EXPECTED} lacks ${absent.join(', ')}`);
  }
  return expected;
}

async function importNote(
  dir: URL,
  file: string,
  asConceptNote = false,
): Promise<Record<string, unknown> | Error> {
  const bytes = new Uint8Array(readFileSync(new URL(file, dir)));
  try {
    const { document } = await importDocument(bytes, { fileName: file, asConceptNote });
    return document as unknown as Record<string, unknown>;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const isReadError = (error: Error): boolean => error instanceof DocumentReadError;

function report(
  name: string,
  scores: NoteScore[],
): { notesRight: number; fieldsRight: number; summary: string } {
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
    `${name}: ${notesRight}/${scores.length} notes fully right, ${fieldsRight}/${fieldsTotal} fields right`,
    ...perField,
  ].join('\n');
  return { notesRight, fieldsRight, summary };
}

/** What the review form shows of a field: a value to check (below this), or one it does not flag. */
const LOW_CONFIDENCE = 0.6;
const CONFIDENCE_OF: Partial<Record<string, string[]>> = {
  submission: ['submissionEmail', 'submissionDeadline'],
};

/**
 * How the wrong fields of the imported notes look to the organizer in the review form: empty
 * ("Not in the note"), highlighted for checking (confidence below 0.6), or shown as sure. A field
 * wrong and shown as sure is the one an organizer is likely to let through.
 */
function flagging(notes: { actual: Record<string, unknown> | Error; score: NoteScore }[]): string {
  let empty = 0;
  let highlighted = 0;
  let sure = 0;
  let rightHighlighted = 0;
  let right = 0;
  for (const { actual, score } of notes) {
    if (actual instanceof Error || actual.kind !== 'concept-note') continue;
    const confidence = (actual.confidence ?? {}) as Record<string, number>;
    for (const field of SCORED_FIELDS) {
      const value = actual[field];
      const filled =
        field === 'submission'
          ? Object.values((value ?? {}) as object).some((v) => v !== null)
          : Array.isArray(value)
            ? value.length > 0
            : value !== null && value !== undefined;
      const low = (CONFIDENCE_OF[field] ?? [field]).some(
        (name) => (confidence[name] ?? 1) < LOW_CONFIDENCE,
      );
      if (!score.missed.includes(field)) {
        right += filled ? 1 : 0;
        rightHighlighted += filled && low ? 1 : 0;
      } else if (!filled) empty += 1;
      else if (low) highlighted += 1;
      else sure += 1;
    }
  }
  return `  wrong fields of imported notes: ${empty} empty, ${highlighted} highlighted for checking, ${sure} shown as sure; right filled fields highlighted: ${rightHighlighted} of ${right}`;
}

/**
 * How the kinds came out, in counts only (which notes is not printed): notes to import that were
 * refused or read as another kind lose every field at once, the largest single loss.
 */
function kinds(
  notes: { expected: Expectation; actual: Record<string, unknown> | Error }[],
): string {
  const takenFor = new Map<string, number>();
  let refusedNotes = 0;
  let otherKind = 0;
  let importedRefusals = 0;
  for (const { expected, actual } of notes) {
    const wantRefused = notANote(expected);
    const gotNote = !(actual instanceof Error) && actual.kind === 'concept-note';
    if (wantRefused && gotNote) importedRefusals += 1;
    if (!wantRefused && actual instanceof Error) {
      refusedNotes += 1;
      // What the refusal took the text for (parseDocument's message), or that it found nothing.
      const reason = /reads as (.+?), not as/u.exec(actual.message)?.[1] ?? 'nothing found';
      takenFor.set(reason, (takenFor.get(reason) ?? 0) + 1);
    } else if (!wantRefused && !gotNote) otherKind += 1;
  }
  const reasons = [...takenFor].map(([reason, count]) => `${count} ${reason}`).join('; ');
  return `  kinds: ${refusedNotes} note(s) refused${reasons ? ` (${reasons})` : ''}, ${otherKind} read as another kind, ${importedRefusals} text(s) to refuse imported`;
}

/**
 * What an organizer gets from "Read it as a concept note anyway" (session 19) on the notes to
 * import that were refused or read as a report: how many it imports and their fields right, in
 * counts only. Printed, not enforced: it measures the way out of a refusal, not the importer.
 */
async function readAnyway(
  dir: URL,
  notes: { file: string; expected: Expectation; actual: Record<string, unknown> | Error }[],
): Promise<string> {
  const missed = notes.filter(
    ({ expected, actual }) =>
      !notANote(expected) && (actual instanceof Error || actual.kind !== 'concept-note'),
  );
  let imported = 0;
  let before = 0;
  let after = 0;
  let total = 0;
  for (const { file, expected, actual } of missed) {
    const asked = await importNote(dir, file, true);
    const score = scoreNote(expected, asked, isReadError);
    imported += asked instanceof Error ? 0 : 1;
    before += scoreNote(expected, actual, isReadError).fieldsRight;
    after += score.fieldsRight;
    total += score.fieldsTotal;
  }
  return `  read anyway: of ${missed.length} note(s) refused or read as another kind, ${imported} imported when asked; their fields right ${before} → ${after} of ${total}`;
}

describe.each(HOLDOUTS)('concept-note $name', (holdout) => {
  it('has at least 16 notes, each with an expectation', () => {
    const notes = holdoutNotes(holdout.dir);
    expect(notes.length).toBeGreaterThanOrEqual(16);
    for (const file of notes) expect(() => expectationOf(holdout.dir, file)).not.toThrow();
  });

  it('imports the holdout notes no worse than measured (and ≥ 95 % with HOLDOUT_ENFORCE=target)', async () => {
    const notes = holdoutNotes(holdout.dir);
    const imported: {
      file: string;
      expected: Expectation;
      actual: Record<string, unknown> | Error;
      score: NoteScore;
    }[] = [];
    for (const file of notes) {
      const actual = await importNote(holdout.dir, file);
      const expected = expectationOf(holdout.dir, file);
      imported.push({ file, expected, actual, score: scoreNote(expected, actual, isReadError) });
    }
    const scores = imported.map(({ score }) => score);
    const { notesRight, fieldsRight, summary } = report(holdout.name, scores);
    const anyway = await readAnyway(holdout.dir, imported);
    console.log(`${summary}\n${flagging(imported)}\n${kinds(imported)}\n${anyway}`);
    if (process.env.HOLDOUT_ENFORCE === 'target' && holdout.target) {
      expect(notesRight / notes.length, summary).toBeGreaterThanOrEqual(TARGET_SHARE);
    } else if (holdout.measuredNotesRight !== undefined && process.env.HOLDOUT_ENFORCE !== '0') {
      expect(notesRight, summary).toBeGreaterThanOrEqual(holdout.measuredNotesRight);
      expect(fieldsRight, summary).toBeGreaterThanOrEqual(holdout.measuredFieldsRight ?? 0);
    }
  });
});
