// Refuses an update that depends on changes the room has never received: structure placed next
// to, or inside, items it does not have, a gap in a client's clock, or deletions of items it does
// not have. Yjs would keep such parts pending and merge all of them again with every later
// update, so a stream of them makes each edit slower for everyone in the room (found by the
// protocol fuzz, seed 1555118800). A real client sends one only in a reconnect race, and the
// sync after reconnecting brings what was missing, so the code it is closed with reconnects.
//
// The room's state is read, never changed: the update is resolved against the document's state
// vector the way Yjs integrates it (each client's structs in clock order; one waiting for another
// client's struct takes that client's next struct first), in time proportional to the update.
import * as Y from 'yjs';
import { CloseCode } from '../closeCodes.js';
import { decodeUpdateOnce, type DecodedUpdate } from '../updates.js';
import { structHolding, structsByClient } from './structsByClient.js';
import type { Refusal, UpdateAdmission } from './UpdateAdmission.js';

type Struct = Y.Item | Y.GC | Y.Skip;

interface ClientRun {
  structs: Struct[];
  next: number;
}

const malformed = (detail: string): Refusal => ({ code: CloseCode.MalformedMessage, detail });
const unseen = (detail: string): Refusal => ({
  code: CloseCode.UnseenDependencies,
  detail: `update depends on ${detail}`,
});

const parentId = (item: Y.Item): Y.ID | null => (item.parent instanceof Y.ID ? item.parent : null);
/** The items an item is placed by: its left and right neighbours when made, and its parent. */
const placedBy = (item: Y.Item): (Y.ID | null)[] => [item.origin, item.rightOrigin, parentId(item)];

/**
 * What no Yjs client writes and Yjs cannot integrate without corrupting the document (found by
 * the protocol fuzz: such updates threw half-way through, and the statement could not be loaded
 * again): a struct of no length, or one placed by a later change of its own client.
 */
function forged(struct: Struct): string | undefined {
  if (!(struct.length > 0)) return `struct ${struct.id.client}:${struct.id.clock} of length 0`;
  if (!(struct instanceof Y.Item)) return undefined;
  for (const id of placedBy(struct))
    if (id && id.client === struct.id.client && id.clock >= struct.id.clock)
      return `struct ${struct.id.client}:${struct.id.clock} placed by its own later change`;
  return undefined;
}

/** The update's structs by client, in clock order, resolved against the room's state. */
class Resolution {
  private readonly runs = new Map<number, ClientRun>();
  /** Clocks past the room's, as the update's structs integrate. */
  private readonly state = new Map<number, number>();

  constructor(
    structs: readonly Struct[],
    private readonly doc: Y.Doc,
  ) {
    for (const [client, list] of structsByClient(structs))
      this.runs.set(client, { structs: list, next: 0 });
  }

  private clockOf(client: number): number {
    return this.state.get(client) ?? Y.getState(this.doc.store, client);
  }

  /** A dependency on another client the room does not have yet (Yjs orders a client's own). */
  private missingOf(item: Y.Item): Y.ID | undefined {
    for (const id of placedBy(item))
      if (id && id.client !== item.id.client && id.clock >= this.clockOf(id.client)) return id;
    return undefined;
  }

  /** The struct holding `id`, from the room or from the update's integrated part. */
  private structAt(id: Y.ID): Struct | undefined {
    if (id.clock < Y.getState(this.doc.store, id.client))
      return Y.getItem(this.doc.store, id) as Struct;
    return structHolding(this.runs.get(id.client)?.structs ?? [], id.clock);
  }

  /** Resolves every client's structs as Yjs would, then the deletions. */
  refusal(ds: DecodedUpdate['ds']): Refusal | undefined {
    for (const first of this.runs.keys()) {
      const refusal = this.resolve(first);
      if (refusal) return refusal;
    }
    for (const [client, deletions] of ds.clients) {
      const clock = this.clockOf(client);
      for (const { clock: from, len } of deletions)
        if (from + len > clock) return unseen(`deleting ${client}:${from}+${len}, past ${clock}`);
    }
    return undefined;
  }

  /** One struct waiting for another client's takes that client's next struct first. */
  private resolve(first: number): Refusal | undefined {
    const stack = [first];
    const waiting = new Set(stack);
    while (stack.length > 0) {
      const client = stack[stack.length - 1]!;
      const run = this.runs.get(client)!;
      const struct = run.structs[run.next];
      if (!struct) {
        stack.pop();
        waiting.delete(client);
        continue;
      }
      // A skip marks a gap; the struct after it fails the clock test below.
      if (struct instanceof Y.Skip) {
        run.next += 1;
        continue;
      }
      const clock = this.clockOf(client);
      if (struct.id.clock > clock) return unseen(`${client}:${clock}–${struct.id.clock - 1}`);
      if (struct.id.clock + struct.length <= clock) {
        run.next += 1; // already in the room
        continue;
      }
      const missing = struct instanceof Y.Item ? this.missingOf(struct) : undefined;
      if (missing) {
        const other = this.runs.get(missing.client);
        if (!other || other.next >= other.structs.length || waiting.has(missing.client))
          return unseen(`${missing.client}:${missing.clock}`);
        stack.push(missing.client);
        waiting.add(missing.client);
        continue;
      }
      const parent = struct instanceof Y.Item ? parentId(struct) : null;
      const holder = parent && this.structAt(parent);
      // Yjs takes an item in a collected (GC) parent as collected too; any other item is no type.
      if (holder instanceof Y.Item && !(holder.content instanceof Y.ContentType))
        return malformed(`update places ${client}:${struct.id.clock} inside a non-type`);
      this.state.set(client, struct.id.clock + struct.length);
      run.next += 1;
      if (stack.length > 1) {
        // Back to the struct that waited for this one.
        stack.pop();
        waiting.delete(client);
      }
    }
    return undefined;
  }
}

/** Why the room cannot take the update as Yjs would integrate it, if it cannot. */
export function integrityProblem(update: Uint8Array, doc: Y.Doc): Refusal | undefined {
  const { structs, ds } = decodeUpdateOnce(update);
  for (const struct of structs as Struct[]) {
    const problem = forged(struct);
    if (problem) return malformed(`update has a ${problem}`);
  }
  return new Resolution(structs as Struct[], doc).refusal(ds);
}

export class KnownDependencies implements UpdateAdmission {
  admit(update: Uint8Array, doc: Y.Doc): Refusal | undefined {
    return integrityProblem(update, doc);
  }
}
