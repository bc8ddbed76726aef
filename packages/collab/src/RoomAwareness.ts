// A room's awareness (carets, selections, who is here): which client ids each connection
// speaks for, what it may claim, and the fan-out of every change to the room's connections
// and to other processes.
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { applyAwarenessEntries } from './applyAwarenessEntries.js';
import { atTurnEnd } from './atTurnEnd.js';
import {
  encodeAwarenessEntry,
  joinAwarenessEntries,
  readAwarenessEntry,
  readAwarenessHeads,
  withIdentity,
  type AwarenessHead,
} from './awarenessEntries.js';
import type { Connection } from './Connection.js';
import { encodeAwareness, ProtocolError } from './protocol.js';
import type { RoomBus } from './RoomBus.js';
import { SlicedRound } from './SlicedRound.js';
import { REMOTE_ORIGIN } from './updates.js';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * Every open room's awareness, checked for outdated states by one timer for all of them, as
 * often as y-protocols checks each `Awareness` on a timer of its own (an interval per room, with
 * its closure, was about 0.3 KiB of every open statement). Each tick checks the next slice of
 * the rooms, so that the whole set is gone through once per period: checking every room in one
 * tick put all their removals (and the frames they send) in one turn of the event loop, 5,000
 * statements' worth, which held up every edit waiting behind it.
 */
const checked = new Set<RoomAwareness>();
let round: SlicedRound<RoomAwareness> | undefined;
/** Ticks per check of every room (y-protocols checks each room every `outdatedTimeout / 10`). */
const SLICES = 30;

/**
 * Rooms with changes not yet sent, by how long a room holds them. A room's changes (each caret
 * an editor moves) are sent together at the end of the turn, or after its window, one frame per
 * room for all of them: a frame per caret per connection, and the echo every stock client
 * sends of each, were most of a busy room's frames. One timer (or end of turn) for all rooms.
 */
const unsentRooms = new Map<number, RoomAwareness[]>();

function holdUnsent(room: RoomAwareness, windowMs: number): void {
  let rooms = unsentRooms.get(windowMs);
  if (!rooms) {
    unsentRooms.set(windowMs, (rooms = []));
    const send = (): void => sendUnsentRooms(windowMs);
    if (windowMs > 0) setTimeout(send, windowMs);
    else atTurnEnd(send);
  }
  rooms.push(room);
}

function sendUnsentRooms(windowMs: number): void {
  const rooms = unsentRooms.get(windowMs) ?? [];
  unsentRooms.delete(windowMs);
  for (const room of rooms) room.sendUnsent();
}

export class RoomAwareness {
  readonly states: awarenessProtocol.Awareness;
  /** The connections here (a connection that introduced no client id still is here). */
  private readonly members = new Set<Connection>();
  /**
   * By client id, the one connection (at most) that introduced it. What a connection speaks
   * for is read from here (a room has few): a set per connection was 150 bytes of each.
   */
  private readonly holders = new Map<number, Connection>();
  /** What a connection's accepted entries encode to, by client id, while they are applied. */
  private applying:
    { connection: Connection; entries: Map<number, Uint8Array | undefined> } | undefined;
  /**
   * Client ids changed in this turn and not sent yet, each with its entry as encoded when it
   * was checked (undefined: encoded from the state when sent).
   */
  private unsent: Map<number, Uint8Array | undefined> | undefined;
  /** Of those, the ones changed in this process (not by another one): they are published. */
  private unsentHere: Set<number> | undefined;
  /** When the room last sent its changes (`performance.now()`). */
  private sentAt = -Infinity;

  constructor(
    doc: Y.Doc,
    private readonly roomId: string,
    private readonly bus: RoomBus | undefined,
    /** How long changes are held to be sent with later ones (0: until the end of the turn). */
    private readonly windowMs = 0,
  ) {
    const destroyListeners = new Set(doc._observers.get('destroy'));
    this.states = new awarenessProtocol.Awareness(doc);
    // The listener the Awareness adds to the document's `destroy` (to destroy itself) is not
    // kept: the room destroys its awareness itself, before its document (`Room.close`). Its set
    // of listeners and the closure were 0.25 KiB of every open statement.
    for (const listener of [...(doc._observers.get('destroy') ?? [])])
      if (!destroyListeners.has(listener)) doc.off('destroy', listener);
    clearInterval(this.states._checkInterval as NodeJS.Timeout);
    // Not kept either: a cleared Timeout still holds its callback and the callback's scope.
    this.states._checkInterval = undefined;
    checked.add(this);
    round ??= new SlicedRound(
      checked,
      (room, now) => room.checkOutdated(now),
      awarenessProtocol.outdatedTimeout / 10,
      SLICES,
    );
    this.states.setLocalState(null);
    this.states.on('update', (change: AwarenessChange, origin: unknown) =>
      this.onChange(change, origin),
    );
  }

  get connections(): IterableIterator<Connection> {
    return this.members.values();
  }

  has(connection: Connection): boolean {
    return this.members.has(connection);
  }

  get size(): number {
    return this.members.size;
  }

  /** Adds the connection and sends it everyone's state (if anyone has one). */
  join(connection: Connection): void {
    this.members.add(connection);
    if (this.states.getStates().size > 0) connection.send(this.everyone());
  }

  /** Removes the connection and the states of the client ids it spoke for. */
  leave(connection: Connection): boolean {
    if (!this.members.delete(connection)) return false;
    const clients: number[] = [];
    for (const [client, holder] of this.holders) if (holder === connection) clients.push(client);
    for (const client of clients) this.holders.delete(client);
    if (clients.length > 0) {
      awarenessProtocol.removeAwarenessStates(this.states, clients, connection);
    }
    return true;
  }

  /** The frame that tells a client every state held (the answer to a query). */
  everyone(): Uint8Array {
    return encodeAwareness(
      awarenessProtocol.encodeAwarenessUpdate(this.states, [...this.states.getStates().keys()]),
    );
  }

  /**
   * Applies what a connection says; throws a ProtocolError when it cannot be read. Only the
   * entries it may claim are parsed, named from the session and applied.
   */
  apply(connection: Connection, update: Uint8Array): void {
    try {
      const claimed: { head: AwarenessHead; from: Connection | undefined }[] = [];
      for (const head of readAwarenessHeads(update)) {
        const claim = this.claimOf(connection, head);
        if (claim) claimed.push({ head, from: claim.from });
      }
      if (claimed.length === 0) return;
      const accepted = claimed.map(({ head }) => {
        const entry = readAwarenessEntry(update, head);
        return connection.identity ? withIdentity(entry, connection.identity) : entry;
      });
      // Every entry could be read: ids taken over from an earlier connection change hands.
      for (const { head, from } of claimed) if (from) this.own(connection, head.clientId);
      const entries = new Map<number, Uint8Array | undefined>();
      // An id twice in one update: which of its entries is kept is read from the state.
      for (const entry of accepted)
        entries.set(
          entry.clientId,
          entries.has(entry.clientId) ? undefined : encodeAwarenessEntry(entry),
        );
      this.applying = { connection, entries };
      applyAwarenessEntries(this.states, accepted, connection);
    } catch (error) {
      throw new ProtocolError('Malformed awareness update', { cause: error });
    } finally {
      this.applying = undefined;
    }
  }

  /** Applies another process's awareness update (already checked there). */
  applyRemote(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.states, update, REMOTE_ORIGIN);
  }

  /**
   * A connection speaks only for client ids it introduced: an id nobody here holds and no
   * other process announced, or a newer state for an id held by an earlier connection of the
   * same person (a reconnect the server has not noticed yet; `from` is that connection).
   * Anything else is dropped: a forged caret, or the stock client echoing the entries it
   * received (same clock).
   */
  private claimOf(
    connection: Connection,
    { clientId, clock }: AwarenessHead,
  ): { from: Connection | undefined } | undefined {
    const holder = this.holders.get(clientId);
    if (holder === undefined) {
      return this.states.getStates().has(clientId) ? undefined : { from: undefined };
    }
    if (holder === connection) return { from: undefined };
    const samePerson =
      holder.identity !== undefined && holder.identity.userId === connection.identity?.userId;
    const newer = clock > (this.states.meta.get(clientId)?.clock ?? -1);
    return samePerson && newer ? { from: holder } : undefined;
  }

  /** The client id is now the connection's to speak for. */
  private own(connection: Connection, clientId: number): void {
    if (this.members.has(connection)) this.holders.set(clientId, connection);
  }

  private onChange({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    if (this.members.has(origin as Connection)) {
      for (const client of added) this.own(origin as Connection, client);
      for (const client of updated) this.own(origin as Connection, client);
      for (const client of removed) {
        if (this.holders.get(client) === origin) this.holders.delete(client);
      }
    }
    const { applying } = this;
    const encoded = applying && applying.connection === origin ? applying.entries : undefined;
    if (!this.unsent) {
      this.unsent = new Map();
      // A room that sent nothing in the last window sends this change at the end of the turn;
      // only the changes that follow it within the window are held and sent together.
      const quiet = performance.now() - this.sentAt >= this.windowMs;
      holdUnsent(this, quiet ? 0 : this.windowMs);
    }
    for (const changed of [added, updated, removed]) {
      for (const client of changed) {
        // Only the latest state of each id is sent: a receiver would skip the earlier ones.
        this.unsent.set(client, encoded?.get(client));
        if (origin !== REMOTE_ORIGIN) (this.unsentHere ??= new Set()).add(client);
      }
    }
  }

  /** Sends the turn's changes as one update, and publishes those made here. */
  sendUnsent(): void {
    const { unsent, unsentHere } = this;
    this.unsent = undefined;
    this.unsentHere = undefined;
    if (!unsent || unsent.size === 0) return;
    this.sentAt = performance.now();
    const entries = new Map<number, Uint8Array>();
    for (const [client, entry] of unsent) entries.set(client, entry ?? this.encodeEntry(client));
    const update = joinAwarenessEntries([...entries.values()]);
    // Sent to everyone, the sender included: it keeps idle clients' connections alive.
    if (this.members.size > 0) {
      const frame = encodeAwareness(update);
      for (const connection of this.members) connection.send(frame);
    }
    if (!unsentHere || !this.bus) return;
    this.bus.publishAwareness(
      this.roomId,
      unsentHere.size === entries.size
        ? update
        : joinAwarenessEntries([...unsentHere].map((client) => entries.get(client)!)),
    );
  }

  /** An id's entry as y-protocols encodes it: its state now, or null once removed. */
  private encodeEntry(clientId: number): Uint8Array {
    return encodeAwarenessEntry({
      clientId,
      clock: this.states.meta.get(clientId)?.clock ?? 0,
      state: this.states.getStates().get(clientId) ?? null,
    });
  }

  /**
   * What y-protocols' `Awareness` does on its own timer: renews the local state (the server
   * has none) and removes the states of clients not heard from for `outdatedTimeout`.
   */
  checkOutdated(now: number): void {
    const { states } = this;
    const outdated = awarenessProtocol.outdatedTimeout;
    const local = states.getLocalState();
    if (
      local !== null &&
      outdated / 2 <= now - (states.meta.get(states.clientID)?.lastUpdated ?? 0)
    )
      states.setLocalState(local);
    const remove: number[] = [];
    states.meta.forEach((meta, client) => {
      if (
        client !== states.clientID &&
        outdated <= now - meta.lastUpdated &&
        states.states.has(client)
      )
        remove.push(client);
    });
    if (remove.length > 0) awarenessProtocol.removeAwarenessStates(states, remove, 'timeout');
  }

  /** Called by the room before it destroys the document (nothing else would destroy this). */
  destroy(): void {
    // The removals of the connections just closed still reach the other processes.
    this.sendUnsent();
    checked.delete(this);
    if (checked.size === 0) {
      round?.stop();
      round = undefined;
    }
    this.states.destroy();
  }
}
