// How often a note's theme is among the wide candidates (cues/wideThemeCandidates.ts) against
// the cues' own, for the notes of one fixture folder. Session 29 (docs/importing.md, "Wide theme
// candidates and a learned chooser"). `node --import tsx packages/un-docs/scripts/themeRecall.ts
// DIR` prints totals only; `-v` prints each miss, for tuning folders only (never a holdout).
import { pickBest } from '../src/conceptNotes/cues/Candidate.js';
import { normalizeForScore } from '../src/fixtures/scoreNote.js';
import { noteThemeInputs } from './themeNotes.js';
import { measuringArgs } from './fixtureNotes.js';

const { dir, verbose } = measuringArgs('themeRecall.ts');
const t = {
  notes: 0,
  expected: 0,
  cuesRight: 0,
  cuesWrong: 0,
  wrongAmongWide: 0,
  wrongAmongWideAnyCase: 0,
  amongWide: 0,
  amongCues: 0,
  /** Among the wide candidates from a source other than the cues. */
  amongGeneric: 0,
  expectedNone: 0,
  noneGiven: 0,
  candidates: 0,
};
for (const input of await noteThemeInputs(dir)) {
  t.notes += 1;
  t.candidates += input.wide.length;
  const got = pickBest(input.cued)?.value;
  const gotKey = got === undefined ? null : normalizeForScore(got);
  if (input.want === null) {
    t.expectedNone += 1;
    if (gotKey === null) t.noneGiven += 1;
    continue;
  }
  t.expected += 1;
  const keys = input.wide.map((c) => c.key);
  const among = keys.includes(input.want);
  if (among) t.amongWide += 1;
  const generic = input.wide.find((c) => c.key === input.want);
  if (generic && [...generic.sources].some((s) => s !== 'cue')) t.amongGeneric += 1;
  if (input.cued.some((c) => normalizeForScore(c.value) === input.want)) t.amongCues += 1;
  if (gotKey === input.want) {
    t.cuesRight += 1;
    continue;
  }
  t.cuesWrong += 1;
  if (among) t.wrongAmongWide += 1;
  const lower = input.want.toLowerCase();
  if (keys.some((k) => k.toLowerCase() === lower)) t.wrongAmongWideAnyCase += 1;
  if (verbose)
    process.stdout.write(
      `${input.name}: want ${input.want}; got ${gotKey}; among ${keys.length} wide: ${among}\n`,
    );
}
process.stdout.write(`${dir}\n${JSON.stringify(t)}\n`);
