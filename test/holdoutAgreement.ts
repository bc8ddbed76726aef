// How far careful readers agree with each other on a holdout, and the importer with them:
// `node --import tsx test/holdoutAgreement.ts DIR` (a holdout's folder). The holdout's
// own `<name>.expected.json` is reader A; `DIR/readers/<x>/<name>.expected.json` are further
// readers who annotated the same texts independently, from the written conventions only. Prints
// totals and misses by field, never a note's name or value: the holdout stays a blind measure.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocumentReadError, importDocument } from '@plenary/un-docs';
import {
  SCORED_FIELDS,
  scoreNote,
  type Expectation,
  type NoteScore,
} from './support/conceptNoteScore.js';

const EXPECTED = '.expected.json';
if (!process.argv[2]) throw new Error('usage: node --import tsx test/holdoutAgreement.ts DIR');
const dir = resolve(process.argv[2]);
const names = readdirSync(dir)
  .filter((file) => file.endsWith(EXPECTED))
  .map((file) => file.slice(0, -EXPECTED.length))
  .sort();
const readerDirs = readdirSync(resolve(dir, 'readers')).sort();

type Reading = Record<string, unknown> | Error;
const read = (path: string): Reading => {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Expectation;
  // As the importer returns a note, so that a reading scores like an import.
  return 'refused' in json
    ? new DocumentReadError('document.no_structure', 'refused by the reader')
    : { ...json, kind: 'concept-note' };
};
const asExpectation = (reading: Reading): Expectation =>
  reading instanceof Error ? { refused: true } : (reading as Expectation);

const readers = new Map<string, Reading[]>([
  ['A', names.map((name) => read(resolve(dir, `${name}${EXPECTED}`)))],
  ...readerDirs.map((reader): [string, Reading[]] => [
    reader.toUpperCase(),
    names.map((name) => read(resolve(dir, 'readers', reader, `${name}${EXPECTED}`))),
  ]),
]);

async function importAll(): Promise<Reading[]> {
  const files = readdirSync(dir);
  const out: Reading[] = [];
  for (const name of names) {
    const file = files.find((f) => f.startsWith(`${name}.`) && !f.endsWith(EXPECTED));
    if (!file) throw new Error(`no text beside ${name}${EXPECTED}`);
    try {
      const { document } = await importDocument(new Uint8Array(readFileSync(resolve(dir, file))), {
        fileName: file,
      });
      out.push(document as unknown as Record<string, unknown>);
    } catch (error) {
      out.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return out;
}

const isReadError = (error: Error): boolean => error instanceof DocumentReadError;
const compare = (expected: Reading[], actual: Reading[]): NoteScore[] =>
  expected.map((reading, i) => scoreNote(asExpectation(reading), actual[i]!, isReadError));

function line(label: string, scores: NoteScore[]): string {
  const full = scores.filter((s) => s.missed.length === 0).length;
  const right = scores.reduce((sum, s) => sum + s.fieldsRight, 0);
  const total = scores.reduce((sum, s) => sum + s.fieldsTotal, 0);
  const byField = new Map<string, number>();
  for (const field of scores.flatMap((s) => s.missed))
    byField.set(field, (byField.get(field) ?? 0) + 1);
  const misses = [...byField]
    .sort((a, b) => b[1] - a[1])
    .map(([field, n]) => `${field} ${n}`)
    .join(', ');
  return `${label}: ${full}/${scores.length} notes the same, ${right}/${total} fields (${misses})`;
}

const say = (text: string): void => void process.stdout.write(`${text}\n`);
const imported = await importAll();
const labels = [...readers.keys()];
say(`${names.length} texts, readers ${labels.join(', ')}`);
for (let i = 0; i < labels.length; i += 1)
  for (let j = i + 1; j < labels.length; j += 1)
    say(
      line(
        `${labels[i]} vs ${labels[j]}`,
        compare(readers.get(labels[i]!)!, readers.get(labels[j]!)!),
      ),
    );
for (const label of labels)
  say(line(`importer vs ${label}`, compare(readers.get(label)!, imported)));

// Per note: the fields on which at least two readers agree (their shared reading), and whether
// the importer gives it; a field no two readers agree on is not counted.
let notesAll = 0;
let notesMajority = 0;
let fieldsMajority = 0;
let fieldsImporter = 0;
let fieldsSplit = 0;
let notesAnyReader = 0;
/** Of the notes every reader reads the same, those the importer reads so too. */
let notesAllImporter = 0;
for (let n = 0; n < names.length; n += 1) {
  const readings = labels.map((label) => readers.get(label)![n]!);
  const pairsAgree = (x: Reading, y: Reading, field: string): boolean =>
    !scoreNote(asExpectation(x), y, isReadError).missed.some((m) => m === field || m === 'refusal');
  const fields = readings.some((r) => r instanceof Error) ? ['refusal'] : [...SCORED_FIELDS];
  let allAgree = true;
  let importerAll = true;
  for (const field of fields) {
    const shared = readings.find((x, i) =>
      readings.some((y, j) => j !== i && pairsAgree(x, y, field)),
    );
    if (!readings.every((y) => pairsAgree(readings[0]!, y, field))) allAgree = false;
    if (!shared) {
      fieldsSplit += 1;
      continue;
    }
    fieldsMajority += 1;
    if (pairsAgree(shared, imported[n]!, field)) fieldsImporter += 1;
    else importerAll = false;
  }
  if (allAgree) notesAll += 1;
  if (allAgree && compare([readings[0]!], [imported[n]!])[0]!.missed.length === 0)
    notesAllImporter += 1;
  if (importerAll) notesMajority += 1;
  if (readings.some((r) => compare([r], [imported[n]!])[0]!.missed.length === 0))
    notesAnyReader += 1;
}
say(
  `all readers the same on ${notesAll}/${names.length} notes; the importer the same as them on ${notesAllImporter} of those`,
);
say(
  `importer vs the readers' majority: ${notesMajority}/${names.length} notes right on every field two readers agree on, ` +
    `${fieldsImporter}/${fieldsMajority} such fields; ${fieldsSplit} fields with no two readers agreeing`,
);
say(`importer the same as at least one reader on ${notesAnyReader}/${names.length} notes`);
