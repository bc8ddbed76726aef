// Updates a room received while it was busy, taken together: consecutive updates from one
// connection become one run, merged into one update, so a burst of keystrokes is admitted,
// stored, applied and broadcast once.
import * as Y from 'yjs';
import type { Connection } from './Connection.js';
import { ProtocolError } from './protocol.js';

export interface Received {
  connection: Connection;
  update: Uint8Array;
}

/** Bounds on a merged run: it must stay far below the per-update size limit. */
export const RUN_MAX_UPDATES = 500;
export const RUN_MAX_BYTES = 256 * 1024;

/** Splits the received updates into runs per connection, in order. */
export function runsOf(received: readonly Received[]): Received[][] {
  const runs: Received[][] = [];
  let current: Received[] = [];
  let bytes = 0;
  for (const item of received) {
    const fits =
      current.length > 0 &&
      current[0]!.connection === item.connection &&
      current.length < RUN_MAX_UPDATES &&
      bytes + item.update.byteLength <= RUN_MAX_BYTES;
    if (!fits && current.length > 0) {
      runs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.update.byteLength;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** One update for the run. Throws a ProtocolError if one of them cannot be read. */
export function mergeRun(run: readonly Received[]): Uint8Array {
  if (run.length === 1) return run[0]!.update;
  try {
    return Y.mergeUpdates(run.map((item) => item.update));
  } catch (error) {
    throw new ProtocolError('Invalid Yjs update', { cause: error });
  }
}
