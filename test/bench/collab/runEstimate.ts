// How long a run will take, from its cells, printed at the start so a full run can be planned.
// The per-cell costs are calibrated on the 2-core development machine, on the full run of
// 2026-12-06 at e4e64371 (26.2 minutes, three repeats with a 2 s warm-up: editors 4.3–4.4
// minutes a repeat, 5,000 and 1,000 statements 3.7–3.9, cold open 0.3, persistence 0.2); a
// loaded machine takes longer.
import { measuredMs, type BenchOptions } from './benchOptions.js';

/** Starting a server, waiting for a quiet moment, probing memory and stopping, per cell. */
const CELL_OVERHEAD_S = 5.2;
/** Connecting one editor and taking it down again, scenario 1. */
const PER_EDITOR_S = 0.02;
/** Making (Plenary) and connecting one statement's two editors, scenario 2. */
const PER_DOCUMENT_S = 0.0045;
const COLD_OPEN_S = 20;
/** Plenary as deployed, waiting for its own idle collection (30 s of rest), once a repeat. */
const DEPLOYED_IDLE_S = 33;
const PERSISTENCE_BASE_S = 4;
const PER_PERSISTED_UPDATE_S = 0.0014;

export interface RunEstimate {
  totalMinutes: number;
  /** Seconds per scenario for one repeat (profile: once). */
  perScenario: Record<string, number>;
}

export function estimateRun(options: BenchOptions): RunEstimate {
  // A round is longer than durationMs when few type (measuredMs).
  const window = (typists: number): number =>
    (options.warmupMs + measuredMs(options, typists)) / 1000;
  const servers = options.servers.length;
  const has = (name: string): boolean => options.scenarios.includes(name as never);
  const editorsCell = (n: number): number => CELL_OVERHEAD_S + window(n) + n * PER_EDITOR_S;
  const perScenario: Record<string, number> = {};
  if (has('editors'))
    perScenario.editors = servers * sum(options.editors.map((n) => editorsCell(n)));
  if (has('documents'))
    perScenario.documents =
      servers *
        sum(
          options.documents.map(
            (d) =>
              CELL_OVERHEAD_S + window(Math.min(options.activeDocuments, d)) + d * PER_DOCUMENT_S,
          ),
        ) +
      (options.servers.includes('plenary') && options.documents.length > 0 ? DEPLOYED_IDLE_S : 0);
  if (has('coldOpen'))
    perScenario.coldOpen =
      (COLD_OPEN_S * options.coldOpenRepeats * options.coldOpenChars) / (3 * 90_000);
  if (has('persistence'))
    perScenario.persistence =
      PERSISTENCE_BASE_S + options.persistenceUpdates * PER_PERSISTED_UPDATE_S;
  const profile = has('profile')
    ? editorsCell(options.editors.includes(100) ? 100 : (options.editors[0] ?? 4))
    : 0;
  const repeated = sum(Object.values(perScenario));
  if (profile > 0) perScenario.profile = profile;
  return { totalMinutes: (repeated * options.repeats + profile) / 60, perScenario };
}

export function describeEstimate(estimate: RunEstimate, repeats: number): string {
  const parts = Object.entries(estimate.perScenario).map(
    ([name, seconds]) => `${name} ${(seconds / 60).toFixed(1)}${name === 'profile' ? ' once' : ''}`,
  );
  return `estimated run: about ${Math.ceil(estimate.totalMinutes)} minutes on a quiet 2-core machine (minutes per repeat, ${repeats} repeat${repeats === 1 ? '' : 's'}: ${parts.join(', ')})`;
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
