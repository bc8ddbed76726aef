// How often a wrong convener's right value is made only of names the recognizers find in the text
// (cues/convenerNames.ts), for the notes of one fixture folder: could a chooser learned from the
// corpus pick it, or is it not there to pick? Session 29 (docs/importing.md, "Learned convener
// chooser"). `node --import tsx packages/un-docs/scripts/convenerRecall.ts DIR` prints totals
// only; `-v` prints each miss, for tuning folders only (never a holdout).
import { convenerKeys, convenerNames } from '../src/conceptNotes/cues/convenerNames.js';
import { toNoteLayout } from '../src/conceptNotes/layout/NoteLayout.js';
import { readDocument } from '../src/readers/readDocument.js';
import { comparable, importedNotes, measuringArgs } from './fixtureNotes.js';

const totals = {
  notes: 0,
  right: 0,
  /** Expected none, one given. */
  noneExpectedOneGiven: 0,
  /** Expected one, none given; of them, how many the recognizers could name. */
  oneExpectedNoneGiven: 0,
  oneExpectedNoneGivenFindable: 0,
  /** Expected one, another given; every part of the expected one is found in the text. */
  wrongFindable: 0,
  /** Of the wrong findable: the value given names the same names, spelled otherwise. */
  wrongFindableSameNames: 0,
  wrongNotFindable: 0,
  /** Of all not findable (none given or wrong): the expected value has words no recognizer knows. */
  notFindableUnknownWords: 0,
};

const { dir, verbose } = measuringArgs('convenerRecall.ts');
for await (const { name, fileName, bytes, expected, document } of importedNotes(dir)) {
  totals.notes += 1;
  const want = comparable(expected.convener);
  const got = comparable(document.convener);
  if (want === got) {
    totals.right += 1;
    continue;
  }
  let miss: string;
  if (want === null) {
    totals.noneExpectedOneGiven += 1;
    miss = 'none expected';
  } else {
    const text = toNoteLayout((await readDocument(bytes, { fileName })).text).normalized;
    const inText = new Set(convenerNames(text).map(({ key }) => key));
    // The note's own spelling: the scorer's lower-cased first letter would hide a State's name.
    const keys = convenerKeys(String(expected.convener));
    const findable = keys !== null && keys.every((key) => inText.has(key));
    if (keys === null) totals.notFindableUnknownWords += 1;
    if (got === null) {
      totals.oneExpectedNoneGiven += 1;
      if (findable) totals.oneExpectedNoneGivenFindable += 1;
    } else if (findable) {
      totals.wrongFindable += 1;
      const given = convenerKeys(String(document.convener));
      if (given?.slice().sort().join() === keys.slice().sort().join())
        totals.wrongFindableSameNames += 1;
    } else totals.wrongNotFindable += 1;
    miss = `findable ${findable}; keys ${keys?.join(' | ') ?? 'unknown words'}`;
  }
  if (verbose) process.stdout.write(`${name}: want ${want}; got ${got}; ${miss}\n`);
}
process.stdout.write(`${dir}\n${JSON.stringify(totals, null, 1)}\n`);
