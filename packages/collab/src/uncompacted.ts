// What a room's stored log holds beyond its last snapshot, as far as this process knows: the
// registry compacts by these counts.

export interface Uncompacted {
  updates: number;
  bytes: number;
  /** When the oldest of them was stored (ms since the epoch); undefined when there is none. */
  since: number | undefined;
}

export const NOTHING_UNCOMPACTED: Readonly<Uncompacted> = {
  updates: 0,
  bytes: 0,
  since: undefined,
};

const byteLength = (updates: readonly Uint8Array[]): number =>
  updates.reduce((sum, update) => sum + update.byteLength, 0);

/** The log after `updates` were appended to it. */
export function withStored(log: Uncompacted, updates: readonly Uint8Array[]): Uncompacted {
  return {
    updates: log.updates + updates.length,
    bytes: log.bytes + byteLength(updates),
    since: log.since ?? Date.now(),
  };
}

/** The log after what it held at `before` (read earlier) was compacted. */
export function afterCompaction(log: Uncompacted, before: Readonly<Uncompacted>): Uncompacted {
  return {
    updates: Math.max(0, log.updates - before.updates),
    bytes: Math.max(0, log.bytes - before.bytes),
    since: log.updates > before.updates ? Date.now() : undefined,
  };
}
