// How often a wrong format's right value is among the phrases the format vocabulary finds in the
// text, for the notes of one fixture folder: would a chooser learned from the corpus mend the
// format misses, or does the vocabulary not find the right value at all? Session 29
// (docs/importing.md, "Learned format chooser"); the same measure as candidateRecall.ts.
// `node --import tsx packages/un-docs/scripts/formatRecall.ts DIR` prints totals only; `-v`
// prints each miss, for tuning folders only (refused for a holdout).
import { announcedBareKind, bareKindNamed } from '../src/conceptNotes/cues/bareKind.js';
import { scheduledBareMeetingRuAr } from '../src/conceptNotes/cues/bareMeetingRuAr.js';
import { generalDebateAhead } from '../src/conceptNotes/cues/generalDebateAhead.js';
import { ownMeetingAhead } from '../src/conceptNotes/cues/ownMeetingAhead.js';
import { allNamed } from '../src/conceptNotes/kindsNamed.js';
import { toNoteLayout, type NoteLayout } from '../src/conceptNotes/layout/NoteLayout.js';
import { readDocument } from '../src/readers/readDocument.js';
import { comparable, importedNotes, measuringArgs } from './fixtureNotes.js';

/** A format a note names: as reported ("high-level open debate"), and its kind ("open debate"). */
interface Mention {
  format: string;
  kind: string;
}

// The bare kinds the format finder's cues read from one sentence, outside the vocabulary
// ("the session", `заседание`, the general debate), with the qualifiers they keep.
const BARE_CUES: readonly ((sentence: string) => string | null)[] = [
  announcedBareKind,
  bareKindNamed,
  generalDebateAhead,
  scheduledBareMeetingRuAr,
  ownMeetingAhead,
];

/**
 * Every format `note`'s sentences name by the vocabulary, with the qualifiers the text gives it
 * there (kindsNamed.ts's allNamed), and every bare kind a cue reads: the candidates a chooser
 * could pick from.
 */
function mentions(note: NoteLayout): Mention[] {
  return note.sentences.flatMap(({ text }) => [
    ...allNamed(text),
    ...BARE_CUES.flatMap((cue) => {
      const format = cue(text);
      return format ? [{ format, kind: format.split(' ').at(-1) ?? format }] : [];
    }),
  ]);
}

interface Tally {
  /** Notes expecting a format. */
  expected: number;
  right: number;
  /** Wrong, and the expected value is among the phrases the vocabulary finds. */
  findable: number;
  /** Wrong, not findable, but a phrase found has the expected value's kind (other qualifiers). */
  kindOnly: number;
  /** Wrong, and no phrase found has the expected value or its kind. */
  notFindable: number;
  /** Expecting none. */
  expectedNone: number;
  rightNone: number;
}

const tally: Tally = {
  expected: 0,
  right: 0,
  findable: 0,
  kindOnly: 0,
  notFindable: 0,
  expectedNone: 0,
  rightNone: 0,
};

const { dir, verbose } = measuringArgs('formatRecall.ts');
for await (const { name, fileName, bytes, expected, document } of importedNotes(dir)) {
  const want = comparable(expected.format);
  const got = comparable(document.format);
  if (want === null) {
    tally.expectedNone += 1;
    if (got === null) tally.rightNone += 1;
    else if (verbose) process.stdout.write(`${name}: want none; got ${got}\n`);
    continue;
  }
  tally.expected += 1;
  if (got === want) {
    tally.right += 1;
    continue;
  }
  const note = toNoteLayout((await readDocument(bytes, { fileName })).text);
  const candidates = mentions(note);
  const values = new Set(candidates.map((c) => comparable(c.format)));
  const kinds = new Set(candidates.map((c) => c.kind));
  const findable = values.has(want);
  const kindOnly =
    !findable && [...kinds].some((kind) => want === kind || want.endsWith(` ${kind}`));
  if (findable) tally.findable += 1;
  else if (kindOnly) tally.kindOnly += 1;
  else tally.notFindable += 1;
  if (verbose)
    process.stdout.write(
      `${name}: want ${want}; got ${got}; ${findable ? 'findable' : kindOnly ? 'kind only' : 'not findable'} among [${[...values].join(' | ')}]\n`,
    );
}
process.stdout.write(`${dir}\n${JSON.stringify(tally, null, 1)}\n`);
