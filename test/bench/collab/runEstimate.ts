// How long a run will take, from its cells, printed at the start so a full run can be planned.
// The per-cell costs are calibrated on the 2-core development machine (the quick run of
// 2026-12-04: 50 editors 13.5 s per server, 1,000 statements 20 s per server, cold open 50 s,
// persistence 12 s for 2,000 updates; full runs of 2026-11-23: 16–19 minutes for one repeat
// with 200 and 400 editors and 100 statements); a loaded machine takes longer.
import type { BenchOptions } from './benchOptions.js';

/** Starting a server, waiting for a quiet moment, probing memory and stopping, per cell. */
const CELL_OVERHEAD_S = 8;
/** Connecting one editor and taking it down again, scenario 1. */
const PER_EDITOR_S = 0.02;
/** Making (Plenary) and connecting one statement's two editors, scenario 2. */
const PER_DOCUMENT_S = 0.008;
const COLD_OPEN_S = 50;
const PERSISTENCE_BASE_S = 4;
const PER_PERSISTED_UPDATE_S = 0.004;

export interface RunEstimate {
  totalMinutes: number;
  /** Seconds per scenario for one repeat (profile: once). */
  perScenario: Record<string, number>;
}

export function estimateRun(options: BenchOptions): RunEstimate {
  const window = (options.warmupMs + options.durationMs) / 1000;
  const servers = options.servers.length;
  const has = (name: string): boolean => options.scenarios.includes(name as never);
  const editorsCell = (n: number): number => CELL_OVERHEAD_S + window + n * PER_EDITOR_S;
  const perScenario: Record<string, number> = {};
  if (has('editors'))
    perScenario.editors = servers * sum(options.editors.map((n) => editorsCell(n)));
  if (has('documents'))
    perScenario.documents =
      servers * sum(options.documents.map((d) => CELL_OVERHEAD_S + window + d * PER_DOCUMENT_S));
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
