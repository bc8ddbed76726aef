// Reads calibrationData.ts's lines (one file a retired holdout) and prints how the review form
// shows the fields, then every filled field's rate of wrong values by field, cue and
// confidence, marking where the level misleads: `node --import tsx
// packages/un-docs/scripts/calibrationRates.ts h3.jsonl h4.jsonl …`.
import { readFileSync } from 'node:fs';

/** The review form highlights a field below this (apps/web/src/conceptNotes/reviewDraft.ts). */
const LOW_CONFIDENCE = 0.6;
/** A group this large or larger is judged; a sure one wrong in more than a third misleads. */
const JUDGED = 5;

interface Reading {
  prefix: string;
  note: string;
  imported: boolean;
  field?: string;
  filled?: boolean;
  confidence?: number | null;
  cue?: string | null;
  right: boolean;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const highlighted = (reading: Reading): boolean =>
  reading.confidence !== null &&
  reading.confidence !== undefined &&
  reading.confidence < LOW_CONFIDENCE;

/** As test/importHoldout.test.ts prints it for a holdout's imported notes. */
function formView(readings: readonly Reading[]): string {
  const fields = readings.filter((reading) => reading.imported);
  const wrong = fields.filter((reading) => !reading.right);
  const rightFilled = fields.filter((reading) => reading.right && reading.filled);
  const wrongFilled = wrong.filter((reading) => reading.filled);
  const notes = new Set(fields.map((reading) => reading.note)).size;
  return [
    `${notes} notes imported, ${fields.length} fields;`,
    `wrong: ${wrong.length - wrongFilled.length} empty,`,
    `${wrongFilled.filter(highlighted).length} highlighted,`,
    `${wrongFilled.filter((reading) => !highlighted(reading)).length} shown as sure;`,
    `right filled fields highlighted: ${rightFilled.filter(highlighted).length} of ${rightFilled.length}`,
  ].join(' ');
}

type Group = { levels: Set<number | null>; count: number; wrong: number };

function misleads({ levels, count, wrong }: Group): string {
  if (count < JUDGED) return '';
  const sure = [...levels].every((level) => (level ?? 1) >= LOW_CONFIDENCE);
  const low = [...levels].every((level) => (level ?? 1) < LOW_CONFIDENCE);
  if (sure && wrong * 3 > count) return '  sure, wrong often';
  if (low && wrong === 0) return '  highlighted, always right';
  return '';
}

/** Filled fields grouped by field and cue, and by their confidence too when `byLevel`. */
function rates(readings: readonly Reading[], byLevel: boolean): void {
  const groups = new Map<string, Group>();
  for (const reading of readings) {
    if (!reading.imported || !reading.filled) continue;
    const level = reading.confidence ?? null;
    const key = [reading.field, reading.cue ?? '-', byLevel ? (level ?? '-') : 'any'].join('\t');
    const group = groups.get(key) ?? { levels: new Set(), count: 0, wrong: 0 };
    group.levels.add(level);
    group.count += 1;
    group.wrong += reading.right ? 0 : 1;
    groups.set(key, group);
  }
  say('\nfield\tcue\tconfidence\tfilled\twrong');
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b)))
    say(`${key}\t${group.count}\t${group.wrong}${misleads(group)}`);
}

const readings = process.argv
  .slice(2)
  .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean))
  .map((line) => JSON.parse(line) as Reading);
for (const prefix of [...new Set(readings.map((reading) => reading.prefix))])
  say(`${prefix}: ${formView(readings.filter((reading) => reading.prefix === prefix))}`);
say(`all: ${formView(readings)}`);
rates(readings, true);
rates(readings, false);
