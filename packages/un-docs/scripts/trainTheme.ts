// Trains the theme chooser (src/conceptNotes/cues/themeChooser.ts) on the corpus notes and
// measures it: grouped cross-validation by the note name's round prefix, then the whole corpus's
// model on corpus-pending. Session 29 (docs/importing.md, "Wide theme candidates and a learned
// chooser"). `node --import tsx packages/un-docs/scripts/trainTheme.ts [--write]`; `--write`
// writes the weights of the generic model to src/conceptNotes/cues/themeWeights.ts. Tuning
// folders only: it never reads a holdout. Deterministic: no random order, fixed epochs.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pickBest } from '../src/conceptNotes/cues/Candidate.js';
import {
  candidateFeatures,
  chooseTheme,
  noneFeatures,
  noteContext,
  type Features,
  type Weights,
} from '../src/conceptNotes/cues/themeChooser.js';
import { normalizeForScore } from '../src/fixtures/scoreNote.js';
import { noteThemeInputs, type NoteThemeInput } from './themeNotes.js';

const EPOCHS = 40;
const RATE = 0.5;
const L2 = 1e-4;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const SURE = [0.5, 0.7, 0.8, 0.9, 0.95];

interface Example {
  /** The none choice first, then each wide candidate: feature numbers and their values. */
  options: { ids: number[]; values: number[] }[];
  /** Index of the right option, -1 when the expected theme is not among them. */
  gold: number;
}

const featureIds = new Map<string, number>();
const featureNames: string[] = [];

function idOf(name: string): number {
  let id = featureIds.get(name);
  if (id === undefined) {
    id = featureNames.push(name) - 1;
    featureIds.set(name, id);
  }
  return id;
}

function encoded(features: Features) {
  return { ids: [...features.keys()].map(idOf), values: [...features.values()] };
}

function exampleOf(input: NoteThemeInput, withCues: boolean): Example {
  const context = noteContext(input.note.normalized, pickBest(input.cued)?.confidence ?? 0);
  const options = [
    noneFeatures(context, input.wide.length, withCues),
    ...input.wide.map((c) => candidateFeatures(c, context, withCues)),
  ].map(encoded);
  const gold = input.want === null ? 0 : input.wide.findIndex((c) => c.key === input.want) + 1;
  return { options, gold: input.want !== null && gold === 0 ? -1 : gold };
}

/**
 * Softmax regression over each note's options, by stochastic gradient; the weights returned are
 * the average over all steps (kept as w − u/steps, so each step costs only its own features).
 */
function train(examples: readonly Example[]): Weights {
  const size = featureNames.length;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  let steps = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const rate = RATE / (1 + epoch);
    for (const { options, gold } of examples) {
      if (gold < 0) continue;
      const scores = options.map(({ ids, values }) =>
        ids.reduce((total, id, k) => total + (w[id] ?? 0) * (values[k] ?? 0), 0),
      );
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const total = exps.reduce((a, b) => a + b, 0);
      options.forEach(({ ids, values }, index) => {
        const gradient = (index === gold ? 1 : 0) - (exps[index] ?? 0) / total;
        ids.forEach((id, k) => {
          const change = rate * (gradient * (values[k] ?? 0) - L2 * (w[id] ?? 0));
          w[id] = (w[id] ?? 0) + change;
          u[id] = (u[id] ?? 0) + steps * change;
        });
      });
      steps += 1;
    }
  }
  return Object.fromEntries(
    featureNames.map((name, id) => [name, (w[id] ?? 0) - (u[id] ?? 0) / steps]),
  );
}

function modelPick(input: NoteThemeInput, weights: Weights, withCues: boolean) {
  const context = noteContext(input.note.normalized, pickBest(input.cued)?.confidence ?? 0);
  const { chosen, probability } = chooseTheme(input.wide, context, weights, withCues);
  return { key: chosen?.key ?? null, probability };
}

function rulesPick(input: NoteThemeInput): string | null {
  const best = pickBest(input.cued);
  return best ? normalizeForScore(best.value) : null;
}

/** The choices compared: rules, model, and the rules unless they are unsure. */
function choices(
  input: NoteThemeInput,
  weights: Weights,
  withCues: boolean,
): Record<string, string | null> {
  const rules = rulesPick(input);
  const { key: model, probability } = modelPick(input, weights, withCues);
  const top = pickBest(input.cued)?.confidence ?? 0;
  const result: Record<string, string | null> = { rules, model, fillNone: rules ?? model };
  for (const threshold of THRESHOLDS)
    result[`rulesAbove${threshold}`] = top >= threshold ? rules : model;
  // The model only where the rules are unsure (below `threshold`, 0.01 meaning they give none)
  // and the model is sure (its choice's probability at least `sure`).
  for (const threshold of [0.01, 0.6, 0.8, 1.01]) {
    for (const sure of SURE)
      result[`unsure<${threshold}&model≥${sure}`] =
        top < threshold && probability >= sure ? model : rules;
  }
  result['rulesWrongModelRight'] = rules !== input.want && model === input.want ? input.want : '-';
  result['rulesRightModelWrong'] = rules === input.want && model !== input.want ? input.want : '-';
  return result;
}

function tally(
  inputs: readonly NoteThemeInput[],
  pick: (input: NoteThemeInput) => Record<string, string | null>,
) {
  const right: Record<string, number> = {};
  for (const input of inputs) {
    for (const [name, chosen] of Object.entries(pick(input)))
      right[name] = (right[name] ?? 0) + (chosen === input.want ? 1 : 0);
  }
  return right;
}

const ROUND = /^([a-z]{1,4}\d{1,2}[a-z]{0,3})-/;
const groupOf = (name: string) => ROUND.exec(name)?.[1] ?? '(unprefixed)';

const fixtures = join(import.meta.dirname, '../fixtures');
const corpus = await noteThemeInputs(join(fixtures, 'corpus'));
const pending = await noteThemeInputs(join(fixtures, 'corpus-pending'));
const groups = [...new Set(corpus.map((input) => groupOf(input.name)))].sort();
// Ten folds, each a set of whole round groups (dealt in turn, in name order).
const FOLDS = 10;
const foldOf = (input: NoteThemeInput) => groups.indexOf(groupOf(input.name)) % FOLDS;
process.stdout.write(
  `${corpus.length} corpus notes in ${groups.length} round groups, ${FOLDS} folds; ${pending.length} pending\n`,
);

for (const withCues of process.argv.includes('--with-cues') ? [false, true] : [false]) {
  const cv: Record<string, number> = {};
  const examples = corpus.map((input) => exampleOf(input, withCues));
  process.stdout.write(
    `${examples.filter((e) => e.gold < 0).length} corpus notes whose theme is no candidate\n`,
  );
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const held = corpus.filter((input) => foldOf(input) === fold);
    const weights = train(examples.filter((_, index) => foldOf(corpus[index]!) !== fold));
    for (const [name, right] of Object.entries(tally(held, (i) => choices(i, weights, withCues))))
      cv[name] = (cv[name] ?? 0) + right;
  }
  const weights = train(examples);
  const onPending = tally(pending, (i) => choices(i, weights, withCues));
  const onCorpus = tally(corpus, (i) => choices(i, weights, withCues));
  process.stdout.write(
    `\nmodel ${withCues ? 'with the cues’ features' : 'generic (no cue features)'}\n`,
  );
  process.stdout.write(
    `choice\tCV of ${corpus.length}\tcorpus in sample\tpending of ${pending.length}\n`,
  );
  for (const name of Object.keys(cv))
    process.stdout.write(`${name}\t${cv[name]}\t${onCorpus[name]}\t${onPending[name]}\n`);
  if (!withCues && process.argv.includes('--write')) {
    const commit = execSync('git rev-parse --short HEAD').toString().trim();
    const rounded = Object.fromEntries(
      Object.entries(weights)
        .filter(([, weight]) => Math.abs(weight) > 1e-4)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, weight]) => [name, Math.round(weight * 1e4) / 1e4]),
    );
    writeFileSync(
      join(import.meta.dirname, '../src/conceptNotes/cues/themeWeights.ts'),
      `// Written by \`node --import tsx packages/un-docs/scripts/trainTheme.ts --write\` at ${commit}\n` +
        `// from the corpus notes (session 29): the generic theme chooser's weights (themeChooser.ts).\n` +
        `export const THEME_WEIGHTS: Readonly<Record<string, number>> = ${JSON.stringify(rounded, null, 2)};\n`,
    );
  }
}
