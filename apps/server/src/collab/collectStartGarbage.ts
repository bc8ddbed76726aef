// A full garbage collection once start-up is done, before the server listens. Start-up (the
// modules, the Yjs warm-up's documents, the prepared queries) leaves a young heap whose first
// full collection otherwise falls on the first statement opened: 10–17 ms of mark-sweep in the
// middle of its reply (traced cold opens of the 90,000-character statement, 2026-12-05).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectStartGarbage(): void {
  try {
    // `gc` is exposed only to contexts created after the flag is set; this process's own
    // global is not changed.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') (gc as () => void)();
  } catch {
    // Only a slower first open: nothing to report.
  }
}
