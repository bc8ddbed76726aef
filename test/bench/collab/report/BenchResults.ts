// What one `pnpm bench:collab` run produced: every repeat of every scenario, each stamped with
// the commit it measured, when it ran and how loaded the machine was.
import type { BenchOptions, ScenarioName, ServerKind } from '../benchOptions.js';
import type { ColdOpenRow } from '../scenarios/coldOpen.js';
import type { DocumentsRow } from '../scenarios/manyDocuments.js';
import type { EditorsRow } from '../scenarios/manyEditors.js';
import type { PersistenceResult } from '../scenarios/persistence.js';
import type { ProfileResult } from '../scenarios/profile.js';

export interface ScenarioStamp {
  scenario: ScenarioName;
  /** 0-based repeat. */
  repeat: number;
  commit: string;
  /** Uncommitted changes in apps/ or packages/ when it started. */
  dirty: boolean;
  startedAt: string;
  elapsedMs: number;
  /** 1-minute load average at the start and the end (the machine has `cores` cores). */
  loadBefore: number;
  loadAfter: number;
  cores: number;
  /** Set when the scenario was taken from an earlier run by `--merge`: that run's file. */
  mergedFrom?: string;
}

export interface RepeatResults {
  editors: EditorsRow[];
  documents: DocumentsRow[];
  coldOpen: ColdOpenRow[];
  persistence?: PersistenceResult;
}

export interface BenchResults {
  options: BenchOptions;
  startedAt: string;
  elapsedMs: number;
  repeats: RepeatResults[];
  profile?: ProfileResult;
  stamps: ScenarioStamp[];
  /** The node flags each server ran with as deployed (runs before session 21 lack them). */
  serverNodeFlags?: Partial<Record<ServerKind, string[]>>;
}
