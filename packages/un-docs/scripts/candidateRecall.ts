// How often the theme's and the body's right value is among the candidates the cues propose, for
// the notes of one fixture folder: would choosing better between candidates (a learned ranker)
// mend the misses, or does no cue find the right value? Session 28 (docs/importing.md, "Would a
// learned ranker help?"). `node --import tsx packages/un-docs/scripts/candidateRecall.ts DIR`
// prints totals only; `-v` prints each miss, for tuning folders only (never a holdout).
import { bodyCandidates } from '../src/conceptNotes/cues/bodyCues.js';
import { pickBest, type Candidate } from '../src/conceptNotes/cues/Candidate.js';
import { themeCandidates } from '../src/conceptNotes/cues/themeCues.js';
import { findFormat } from '../src/conceptNotes/findFormat.js';
import { toNoteLayout } from '../src/conceptNotes/layout/NoteLayout.js';
import { readDocument } from '../src/readers/readDocument.js';
import { comparable, importedNotes, measuringArgs } from './fixtureNotes.js';

interface Tally {
  /** Notes expecting a value. */
  expected: number;
  right: number;
  /** Wrong, but the expected value is one of the candidates. */
  amongCandidates: number;
  /** Wrong, and a candidate holds the expected value or is held in it. */
  overlapping: number;
  /** Wrong, and no cue proposed anything. */
  noCandidate: number;
  /** Expecting none. */
  expectedNone: number;
  rightNone: number;
}

const tally = (): Tally => ({
  expected: 0,
  right: 0,
  amongCandidates: 0,
  overlapping: 0,
  noCandidate: 0,
  expectedNone: 0,
  rightNone: 0,
});

function count(
  t: Tally,
  want: string | null,
  got: string | null,
  candidates: Candidate<string>[],
): string | null {
  if (want === null) {
    t.expectedNone += 1;
    if (got === null) t.rightNone += 1;
    return null;
  }
  t.expected += 1;
  if (got === want) {
    t.right += 1;
    return null;
  }
  // Generous: a candidate differing only in case counts as the value.
  const wanted = want.toLowerCase();
  const values = candidates.map((c) => (comparable(c.value) ?? '').toLowerCase());
  const among = values.includes(wanted);
  if (among) t.amongCandidates += 1;
  else if (values.length === 0) t.noCandidate += 1;
  else if (values.some((v) => v.includes(wanted) || wanted.includes(v))) t.overlapping += 1;
  return `among ${values.length} candidates: ${among}`;
}

const { dir, verbose } = measuringArgs('candidateRecall.ts');
const totals = { theme: tally(), body: tally() };
for await (const { name, fileName, bytes, expected, document } of importedNotes(dir)) {
  const note = toNoteLayout((await readDocument(bytes, { fileName })).text);
  const bodies = bodyCandidates(note);
  const format = findFormat(note, pickBest(bodies)?.value ?? null);
  const themes = themeCandidates(note, format?.value ?? null, format?.source ?? null);
  for (const [field, candidates] of [
    ['theme', themes],
    ['body', bodies],
  ] as const) {
    const want = comparable(expected[field]);
    const got = comparable(document[field]);
    const miss = count(totals[field], want, got, candidates);
    if (verbose && miss)
      process.stdout.write(`${name} ${field}: want ${want}; got ${got}; ${miss}\n`);
  }
}
process.stdout.write(`${dir}\n${JSON.stringify(totals, null, 1)}\n`);
