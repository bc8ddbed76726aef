// The queries on screen, by key, so that a change heard from anywhere (a socket.io event, a
// reconnection) makes the right ones ask again. A key names what it loads, most general first:
// ['debate', id, 'trash'] is under ['debate', id], which is under ['debate'].
export type QueryKey = readonly string[];

interface Shown {
  key: QueryKey;
  reload: () => void;
  onReconnect: boolean;
}

const shown = new Set<Shown>();

/**
 * Registers a query on screen until the returned function is called (`useApiQuery` does;
 * a store shared by several components may too).
 */
export function showQuery(key: QueryKey, reload: () => void, onReconnect: boolean): () => void {
  const entry = { key, reload, onReconnect };
  shown.add(entry);
  return () => shown.delete(entry);
}

/** Every query on screen whose key starts with `prefix` asks again; returns how many did. */
export function invalidateQueries(prefix: QueryKey): number {
  return reloadWhere(({ key }) => prefix.every((part, index) => key[index] === part));
}

/** The queries kept current by socket.io events ask again: events sent while away are gone. */
export function reconnected(): number {
  return reloadWhere((entry) => entry.onReconnect);
}

function reloadWhere(wanted: (entry: Shown) => boolean): number {
  const matching = [...shown].filter(wanted);
  for (const entry of matching) entry.reload();
  return matching.length;
}

/** Stable text for a key, to compare keys between renders. */
export const keyText = (key: QueryKey | null): string | null =>
  key === null ? null : JSON.stringify(key);
