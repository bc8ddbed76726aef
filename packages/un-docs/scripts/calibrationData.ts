// Calibration data for the importer's confidences (docs/importing.md, "Confidence calibrated
// again"): imports the tuning notes whose names start with a prefix (a retired holdout's,
// `h7-`) with the importer of the checkout this script runs in, and prints one JSON line per
// scored field: the value, the confidence the review form sees, the cue that won, and whether it
// is right by the holdout's scorer. Written to run unchanged at older commits, so the notes can
// be read as the importer read them before it was tuned on them: copy it into a worktree at that
// commit and run, from that worktree,
// `node --conditions=source --import tsx packages/un-docs/scripts/calibrationData.ts <repo> h7-`
// where <repo> is the checkout holding the notes (fixtures/corpus and corpus-pending) and the
// scorer (test/support/conceptNoteScore.ts), so every commit is scored the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NoteEvidence } from '../src/conceptNotes/NoteEvidence.js';
import type { Candidate } from '../src/conceptNotes/cues/Candidate.js';
import { DocumentReadError } from '../src/errors/DocumentReadError.js';
import { importDocument } from '../src/importDocument.js';
import type * as Scoring from '../../../test/support/conceptNoteScore.js';

const NOTE_FILE = /^(.+)\.(txt|md|docx|pdf)$/;
/** The confidences the review form shows a scored field with (the lowest counts). */
const CONFIDENCE_OF: Partial<Record<string, string[]>> = {
  submission: ['submissionEmail', 'submissionDeadline'],
};
/** Fields whose value does not come from a cue's candidate: named by how they are read. */
const READ_BY: Partial<Record<string, string>> = {
  meetingDate: 'meeting',
  meetingTime: 'meeting',
  objectives: 'list',
  discussionPoints: 'list',
  submission: 'submission',
  symbol: 'symbol',
};

const [repo = '.', prefix = ''] = process.argv.slice(2);
const scorer = (await import(
  pathToFileURL(join(repo, 'test/support/conceptNoteScore.ts')).href
)) as typeof Scoring;

// The winning candidate's cue is not in the imported note; NoteEvidence sees it as it takes it.
const cues = new Map<string, string>();
const take = NoteEvidence.prototype.take;
NoteEvidence.prototype.take = function <T>(field: string, winner: Candidate<T> | null): T | null {
  if (winner) cues.set(field, winner.cue);
  return take.call(this, field as never, winner) as T | null;
};

function say(row: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

function filled(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value !== null && typeof value === 'object')
    return Object.values(value).some((item) => item !== null);
  return value !== null && value !== undefined;
}

/** The lowest confidence the form sees for the field; absent means shown as sure. */
function confidenceOf(field: string, confidence: Record<string, number>): number | null {
  const levels = (CONFIDENCE_OF[field] ?? [field])
    .map((name) => confidence[name])
    .filter((level) => level !== undefined);
  return levels.length > 0 ? Math.min(...levels) : null;
}

async function importNote(
  path: string,
  fileName: string,
): Promise<Record<string, unknown> | Error> {
  try {
    const { document } = await importDocument(readFileSync(path), { fileName });
    return { ...document };
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function scoreFolder(folder: string): Promise<void> {
  for (const fileName of readdirSync(folder).sort()) {
    const name = NOTE_FILE.exec(fileName)?.[1];
    if (!name?.startsWith(prefix)) continue;
    const expected = JSON.parse(
      readFileSync(join(folder, `${name}.expected.json`), 'utf8'),
    ) as Scoring.Expectation;
    cues.clear();
    const actual = await importNote(join(folder, fileName), fileName);
    const note = { prefix: name.split('-')[0], note: name };
    if ('refused' in expected || actual instanceof Error || actual.kind !== 'concept-note') {
      const score = scorer.scoreNote(
        expected,
        actual,
        (error) => error instanceof DocumentReadError,
      );
      say({ ...note, imported: false, right: score.missed.length === 0 });
      continue;
    }
    const { missed } = scorer.scoreNote(expected, actual, () => false);
    const confidence = (actual.confidence ?? {}) as Record<string, number>;
    const sources = (actual.sources ?? {}) as Record<string, string>;
    for (const field of scorer.SCORED_FIELDS) {
      say({
        ...note,
        imported: true,
        field,
        value: actual[field] ?? null,
        filled: filled(actual[field]),
        confidence: confidenceOf(field, confidence),
        cue: cues.get(field) ?? READ_BY[field] ?? null,
        source: sources[CONFIDENCE_OF[field]?.[0] ?? field] ?? null,
        right: !missed.includes(field),
      });
    }
  }
}

for (const folder of ['corpus', 'corpus-pending'])
  await scoreFolder(join(repo, 'packages/un-docs/fixtures', folder));
