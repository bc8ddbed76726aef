// An update's structs grouped by client, each client's in clock order (a forged update may name
// a client twice), and the one holding a clock found by binary search.
import type * as Y from 'yjs';

interface Struct {
  id: Y.ID;
  length: number;
}

export function structsByClient<T extends Struct>(structs: readonly T[]): Map<number, T[]> {
  const byClient = new Map<number, T[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return byClient;
}

/** The struct of a client's clock-ordered `list` that holds `clock`. */
export function structHolding<T extends Struct>(list: readonly T[], clock: number): T | undefined {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = list[middle]!;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return undefined;
}
