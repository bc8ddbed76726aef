// A room's awareness (carets, selections, who is here): which client ids each connection
// speaks for, what it may claim, and the fan-out of every change to the room's connections
// and to other processes.
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { applyAwarenessEntries } from './applyAwarenessEntries.js';
import {
  encodeAwarenessEntries,
  readAwarenessEntry,
  readAwarenessHeads,
  withIdentity,
  type AwarenessHead,
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
  /** The same, by client id: the one connection (at most) that introduced it. */
  private readonly holders = new Map<number, Connection>();
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
    for (const client of clients) this.holders.delete(client);
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
      for (const { head, from } of claimed) if (from) this.hand(head.clientId, from, connection);
      const checked = encodeAwarenessEntries(accepted);
      this.applying = { connection, update: checked, entries: accepted.length };
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

  /** The client id is now `to`'s to speak for. */
  private hand(clientId: number, from: Connection, to: Connection): void {
    this.clients.get(from)?.delete(clientId);
    this.own(to, clientId);
  }

  private own(connection: Connection, clientId: number): void {
    const owned = this.clients.get(connection);
    if (!owned) return;
    owned.add(clientId);
    this.holders.set(clientId, connection);
  }

  private onChange({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const changed = [...added, ...updated, ...removed];
    const owned = this.clients.get(origin as Connection);
    if (owned) {
      for (const client of added) this.own(origin as Connection, client);
      for (const client of updated) this.own(origin as Connection, client);
      for (const client of removed) {
        owned.delete(client);
        if (this.holders.get(client) === origin) this.holders.delete(client);
      }
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
