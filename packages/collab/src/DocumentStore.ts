import type { AppendEntry } from './GroupCommit.js';

/** Outcome of compacting a document's update log into one snapshot. */
export interface CompactionResult {
  /** Rows (snapshot + updates) before compaction. */
  rowsBefore: number;
  /** Rows after compaction (1, or 0 for an empty document). */
  rowsAfter: number;
}

/**
 * Durable storage of Yjs documents as an append-only update log plus a snapshot.
 * Adapters: SQLite (embedded), PostgreSQL (scaled). All methods may be async.
 */
export interface DocumentStore {
  /** The snapshot (if any) followed by every update appended since, in order. */
  load(documentId: string): Promise<Uint8Array[]>;
  /** Durably appends one update. Resolves only once the update is stored. */
  append(documentId: string, update: Uint8Array): Promise<void>;
  /** Durably appends every entry, in order, in one transaction: all are stored or none. */
  appendBatch(entries: readonly AppendEntry[]): Promise<void>;
  /** Number of log rows (snapshot + updates) held for the document. */
  rowCount(documentId: string): Promise<number>;
  /** Replaces the rows read at the start with one merged snapshot; later appends are kept. */
  compact(documentId: string): Promise<CompactionResult>;
  /** Removes every row of the document. */
  remove(documentId: string): Promise<void>;
}
