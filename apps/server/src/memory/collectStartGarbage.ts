// A full garbage collection once start-up is done, before the server listens. Start-up (the
// modules, the Yjs warm-up's documents, the prepared queries) leaves a young heap whose first
// full collection otherwise falls on the first statement opened: 10–17 ms of mark-sweep in the
// middle of its reply (traced cold opens of the 90,000-character statement, 2026-12-05).
import { fullCollection } from './fullCollection.js';

export function collectStartGarbage(): void {
  // Without it only the first open is slower: nothing to report.
  fullCollection()?.();
}
