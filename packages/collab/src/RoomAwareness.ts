// A room's awareness (carets, selections, who is here): which client ids each connection
// speaks for, what it may claim, and the fan-out of every change to the room's connections
// and to other processes.
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import {
  decodeAwarenessEntries,
  encodeAwarenessEntries,
  withIdentity,
  type AwarenessEntry,
} from './awarenessEntries.js';
import type { Connection } from './Connection.js';
import { encodeAwareness, ProtocolError } from './protocol.js';
import type { RoomBus } from './RoomBus.js';
import { REMOTE_ORIGIN } from './updates.js';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

export class RoomAwareness {
  readonly states: awarenessProtocol.Awareness;
  /** The client ids each connection introduced (a connection with none still is here). */
  private readonly clients = new Map<Connection, Set<number>>();
  /** What a connection's accepted entries encode to, while they are applied. */
  private applying: { connection: Connection; update: Uint8Array; entries: number } | undefined;

  constructor(
    doc: Y.Doc,
    private readonly roomId: string,
    private readonly bus: RoomBus | undefined,
  ) {
    this.states = new awarenessProtocol.Awareness(doc);
    this.states.setLocalState(null);
    this.states.on('update', (change: AwarenessChange, origin: unknown) =>
      this.onChange(change, origin),
    );
  }

  get connections(): IterableIterator<Connection> {
    return this.clients.keys();
  }

  has(connection: Connection): boolean {
    return this.clients.has(connection);
  }

  get size(): number {
    return this.clients.size;
  }

  /** Adds the connection and sends it everyone's state (if anyone has one). */
  join(connection: Connection): void {
    this.clients.set(connection, new Set());
    if (this.states.getStates().size > 0) connection.send(this.everyone());
  }

  /** Removes the connection and the states of the client ids it spoke for. */
  leave(connection: Connection): boolean {
    const clients = this.clients.get(connection);
    if (!clients) return false;
    this.clients.delete(connection);
    if (clients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.states, [...clients], connection);
    }
    return true;
  }

  /** The frame that tells a client every state held (the answer to a query). */
  everyone(): Uint8Array {
    return encodeAwareness(
      awarenessProtocol.encodeAwarenessUpdate(this.states, [...this.states.getStates().keys()]),
    );
  }

  /** Applies what a connection says; throws a ProtocolError when it cannot be read. */
  apply(connection: Connection, update: Uint8Array): void {
    try {
      const accepted = decodeAwarenessEntries(update)
        .filter((entry) => this.mayClaim(connection, entry))
        .map((entry) => (connection.identity ? withIdentity(entry, connection.identity) : entry));
      if (accepted.length === 0) return;
      const checked = encodeAwarenessEntries(accepted);
      this.applying = { connection, update: checked, entries: accepted.length };
      awarenessProtocol.applyAwarenessUpdate(this.states, checked, connection);
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
   * same person (a reconnect the server has not noticed yet). Anything else is dropped: a
   * forged caret, or the stock client echoing the entries it received (same clock).
   */
  private mayClaim(connection: Connection, entry: AwarenessEntry): boolean {
    const { clientId } = entry;
    for (const [holder, clients] of this.clients) {
      if (!clients.has(clientId)) continue;
      if (holder === connection) return true;
      const samePerson =
        holder.identity !== undefined && holder.identity.userId === connection.identity?.userId;
      const newer = entry.clock > (this.states.meta.get(clientId)?.clock ?? -1);
      if (!samePerson || !newer) return false;
      clients.delete(clientId);
      this.clients.get(connection)?.add(clientId);
      return true;
    }
    return !this.states.getStates().has(clientId);
  }

  private onChange({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const changed = [...added, ...updated, ...removed];
    const owned = this.clients.get(origin as Connection);
    if (owned) {
      for (const client of [...added, ...updated]) owned.add(client);
      for (const client of removed) owned.delete(client);
    }
    // Sent to everyone, the sender included: it keeps idle clients' connections alive. When
    // every accepted entry changed something, they are the update, already encoded.
    const applying = this.applying;
    const update =
      applying && applying.connection === origin && applying.entries === changed.length
        ? applying.update
        : awarenessProtocol.encodeAwarenessUpdate(this.states, changed);
    const frame = encodeAwareness(update);
    for (const connection of this.clients.keys()) connection.send(frame);
    if (origin !== REMOTE_ORIGIN) this.bus?.publishAwareness(this.roomId, update);
  }

  destroy(): void {
    this.states.destroy();
  }
}
