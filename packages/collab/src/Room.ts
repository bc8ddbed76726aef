// One open statement: its Y.Doc, awareness and connections. Every update is stored
// before it is applied to the shared doc, so nothing is broadcast that is not durable
// (`UpdateIntake` takes the clients' updates; the server's own changes are stored here).
import * as Y from 'yjs';
import { CloseCode, closeReason } from './closeCodes.js';
import type { Connection } from './Connection.js';
import type { DocumentStore } from './DocumentStore.js';
import { GroupCommit } from './GroupCommit.js';
import type { RoomBus } from './RoomBus.js';
import { applyStoredUpdates, salvageUpdates } from './mergeUpdates.js';
import {
  decodeClientMessage,
  encodeSyncStep1,
  encodeUpdate,
  ProtocolError,
  type ClientMessage,
} from './protocol.js';
import { RoomAwareness } from './RoomAwareness.js';
import { SerialQueue } from './SerialQueue.js';
import { ServerChanges, type ChangedRoom } from './ServerChanges.js';
import { SyncReplies } from './SyncReplies.js';
import type { Refusal, UpdateAdmission } from './admission/UpdateAdmission.js';
import { UpdateIntake, type IntakeRoom } from './UpdateIntake.js';
import {
  afterCompaction,
  NOTHING_UNCOMPACTED,
  withStored,
  type Uncompacted,
} from './uncompacted.js';
import { isNothingUpdate, REMOTE_ORIGIN } from './updates.js';
import { localDoc } from './localDoc.js';
import { changedAnything, hasPending } from './transactionChanges.js';

export type { Uncompacted } from './uncompacted.js';

export interface RoomEvents {
  /** Updates were stored and applied; `room.uncompacted` says how much awaits compaction. */
  onStored?(room: Room): void;
  onError?(room: Room, error: unknown, connection?: Connection): void;
  /** A connection sent something the room refused (malformed, or past a limit) and was closed. */
  onRefused?(room: Room, connection: Connection, code: CloseCode, detail: string): void;
}

/** Optional parts of a room, shared by the rooms of one registry. */
export interface RoomParts {
  bus?: RoomBus;
  admission?: UpdateAdmission;
  /** Batches appends across rooms; by default each room writes on its own. */
  commit?: GroupCommit;
  /** How long awareness changes are held to be sent together (0: until the end of the turn). */
  awarenessWindowMs?: number;
}

/**
 * The room is itself what its intake and its server changes need of it (methods on the
 * prototype, not an object of closures per room: 1.1 KiB less per open statement).
 */
export class Room implements IntakeRoom, ChangedRoom {
  readonly doc: Y.Doc;
  /** Who is here: the connections and their carets. */
  private readonly presence: RoomAwareness;
  private readonly queue = new SerialQueue();
  private readonly commit: GroupCommit;
  private readonly bus: RoomBus | undefined;
  private readonly intake: UpdateIntake;
  private readonly changes: ServerChanges;
  private readonly replies: SyncReplies;
  /** Connections closed for what they sent: their later updates are dropped (made on the first). */
  private refusedConnections: WeakSet<Connection> | undefined;
  private log: Uncompacted = NOTHING_UNCOMPACTED;
  /** Set while `applyUpdate` runs: the state before its transaction, once it changed anything. */
  private applying: { before: Map<number, number> | undefined } | undefined;
  private unsubscribe: (() => void) | undefined;

  private constructor(
    readonly id: string,
    private readonly store: DocumentStore,
    private readonly events: RoomEvents,
    parts: RoomParts,
  ) {
    this.doc = localDoc(id, { gc: true });
    this.replies = new SyncReplies(this.doc);
    this.bus = parts.bus;
    this.commit = parts.commit ?? new GroupCommit((entries) => store.appendBatch(entries));
    this.presence = new RoomAwareness(this.doc, id, parts.bus, parts.awarenessWindowMs);
    this.intake = new UpdateIntake(this, this.queue, this.commit, parts.admission);
    this.changes = new ServerChanges(this, store, this.queue, this.commit);
  }

  /** The room's awareness states (carets, selections). */
  get awareness(): RoomAwareness['states'] {
    return this.presence.states;
  }

  static async load(
    id: string,
    store: DocumentStore,
    events: RoomEvents = {},
    parts: RoomParts = {},
  ): Promise<Room> {
    let room = new Room(id, store, events, parts);
    // Subscribe before reading the store, so nothing published in between is missed; what
    // arrives meanwhile is applied after the stored state.
    let early: Uint8Array[] | undefined = [];
    const unsubscribe = parts.bus?.subscribe(id, {
      update: (update) => (early ? early.push(update) : room.applyRemote(update)),
      awareness: (update) => room.applyRemoteAwareness(update),
    });
    room.unsubscribe = unsubscribe;
    let updates: Uint8Array[];
    try {
      updates = await store.load(id);
    } catch (error) {
      unsubscribe?.();
      throw error;
    }
    let readable = true;
    const unreadable = (_index: number, error: unknown): void => {
      readable = false;
      events.onError?.(room, error);
    };
    try {
      applyStoredUpdates(room.doc, updates, unreadable);
    } catch (error) {
      // The document was left mid-transaction: a new one holds what can be salvaged, and the
      // next compaction replaces the log with it.
      unreadable(-1, error);
      room.presence.destroy();
      room.doc.destroy();
      room = new Room(id, store, events, parts);
      room.unsubscribe = unsubscribe;
      applyStoredUpdates(room.doc, [salvageUpdates(updates, unreadable)]);
    }
    // Listened to only now, and to the end of each transaction rather than to `update`: Yjs
    // encodes every transaction's update for its `update` listeners, and what the room applies
    // is an update it already holds (see `applyUpdate`). The stored state is news to nobody.
    room.doc.on('afterTransaction', (transaction: Y.Transaction) =>
      room.transactionEnded(transaction),
    );
    // A single row as read (a snapshot) already is the whole document: the first editor's
    // sync reply sends it without encoding the document again (see `SyncReplies.loaded`).
    if (readable) room.replies.loaded(updates);
    // A log of one row is a snapshot (or a single update): nothing to compact.
    if (updates.length > 1) room.log = withStored(NOTHING_UNCOMPACTED, updates);
    const missed = early;
    early = undefined;
    for (const update of missed) room.applyRemote(update);
    return room;
  }

  /** Applies what the store holds that this process has not seen (see `ServerChanges`). */
  reconcile(): Promise<void> {
    return this.changes.reconcile();
  }

  /** Applies a change the server makes itself: stored before it is applied and shared. */
  applyChange(change: (doc: Y.Doc) => void): Promise<void> {
    return this.changes.apply(change);
  }

  /** Repairs a document nobody has joined yet, on the document itself. */
  repairBeforeJoin(change: (doc: Y.Doc) => void): Promise<void> {
    return this.changes.repairBeforeJoin(change);
  }

  /** A stored and applied update: published to the other processes, and counted in the log. */
  shared(update: Uint8Array): void {
    this.bus?.publishUpdate(this.id, update);
    this.log = withStored(this.log, [update]);
    this.events.onStored?.(this);
  }

  /**
   * Freezes or thaws the document. Runs in the update queue: updates received before are
   * stored (and in any snapshot taken next), updates after are refused.
   */
  setFrozen(frozen: boolean): Promise<void> {
    return this.queue.run(() => {
      this.intake.frozen = frozen;
    });
  }

  /** The full state, after every update queued so far. */
  async snapshot(): Promise<Uint8Array> {
    await this.flush();
    return Y.encodeStateAsUpdate(this.doc);
  }

  private applyRemote(update: Uint8Array): void {
    void this.queue.run(() => {
      try {
        this.applyUpdate(update, REMOTE_ORIGIN);
      } catch (error) {
        this.events.onError?.(this, error);
      }
    });
  }

  private applyRemoteAwareness(update: Uint8Array): void {
    try {
      this.presence.applyRemote(update);
    } catch (error) {
      this.events.onError?.(this, error);
    }
  }

  get connectionCount(): number {
    return this.presence.size;
  }

  /** What the log holds beyond the last snapshot, as far as this process knows. */
  get uncompacted(): Readonly<Uncompacted> {
    return this.log;
  }

  /** Updates stored but not yet compacted. */
  get pendingCompaction(): number {
    return this.log.updates;
  }

  /** The log up to `before` (a value of `uncompacted` read earlier) was compacted. */
  markCompacted(before: Readonly<Uncompacted>): void {
    this.log = afterCompaction(this.log, before);
  }

  join(connection: Connection): void {
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    this.presence.join(connection);
  }

  leave(connection: Connection): void {
    this.presence.leave(connection);
  }

  /** Handles one frame (a malformed one closes its connection): the task storing its update, if any. */
  receive(connection: Connection, frame: Uint8Array): Promise<void> | undefined {
    if (!this.presence.has(connection)) return undefined;
    let message: ClientMessage;
    try {
      message = decodeClientMessage(frame);
      if (
        (message.kind === 'sync-step2' || message.kind === 'update') &&
        isNothingUpdate(message.update)
      ) {
        // A sync reply from a client that has nothing new: nothing to store.
        return undefined;
      }
    } catch (error) {
      this.reject(connection, error);
      return undefined;
    }
    return this.handle(connection, message);
  }

  private handle(connection: Connection, message: ClientMessage): Promise<void> | undefined {
    switch (message.kind) {
      case 'sync-step1':
        // Queued so the reply reflects every update stored before this request.
        return this.queue.run(() => this.answerSyncStep1(connection, message.stateVector));
      case 'sync-step2':
      case 'update':
        if (connection.readOnly) return undefined;
        return this.intake.receive(connection, message.update);
      case 'awareness':
        try {
          this.presence.apply(connection, message.update);
        } catch (error) {
          this.reject(connection, error);
        }
        return undefined;
      case 'query-awareness':
        connection.send(this.presence.everyone());
        return undefined;
    }
  }

  private answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    if (!this.presence.has(connection)) return;
    let frames: readonly Uint8Array[];
    try {
      frames = this.replies.replyTo(stateVector);
    } catch (error) {
      return this.reject(connection, new ProtocolError('Malformed state vector', { cause: error }));
    }
    for (const frame of frames) connection.send(frame);
  }

  /**
   * Applies an update the room holds as bytes (stored, or stored by another process) and sends
   * those bytes to the other connections, as Yjs would send its own encoding of the change:
   * only if the update changed the document. Yjs does not encode it again (no `update`
   * listener): that encoding was about a fifth of applying a paragraph, for every stored update.
   * When the document holds parts it could not integrate yet (another process's updates that
   * arrived out of order), before or after, or should the apply throw half-way, what changed is
   * encoded from the document instead, as Yjs would: the bytes alone would leave out what the
   * update let the pending parts integrate, or what it could not.
   */
  applyUpdate(update: Uint8Array, origin: unknown): void {
    const applying = { before: undefined as Map<number, number> | undefined };
    const settled = !hasPending(this.doc);
    this.applying = applying;
    try {
      Y.applyUpdate(this.doc, update, origin);
    } catch (error) {
      if (applying.before) this.broadcastChangeSince(applying.before, origin);
      throw error;
    } finally {
      this.applying = undefined;
    }
    if (!applying.before) return;
    if (settled && !hasPending(this.doc)) this.broadcastUpdate(update, origin);
    else this.broadcastChangeSince(applying.before, origin);
  }

  /**
   * The end of every transaction on the document. One that changed nothing (an update the room
   * already had) is not sent, as Yjs sends no `update` for it. Any transaction other than the
   * one `applyUpdate` makes (a change made on the document itself) is encoded and sent here.
   */
  private transactionEnded(transaction: Y.Transaction): void {
    if (!changedAnything(transaction)) return;
    this.replies.changed();
    const { applying } = this;
    if (applying && !applying.before) {
      applying.before = transaction.beforeState;
      return;
    }
    this.broadcastChangeSince(transaction.beforeState, transaction.origin);
  }

  /** Sends what the document holds past `before` (its structs, and its deletions). */
  private broadcastChangeSince(before: Map<number, number>, origin: unknown): void {
    if (this.presence.size === 0) return;
    try {
      this.broadcastUpdate(Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(before)), origin);
    } catch (error) {
      this.events.onError?.(this, error);
    }
  }

  private broadcastUpdate(update: Uint8Array, origin: unknown): void {
    const frame = encodeUpdate(update);
    for (const connection of this.presence.connections) {
      if (connection !== origin) connection.send(frame);
    }
  }

  /** Closes the connection for a message it could not have meant (malformed). */
  reject(connection: Connection, error: unknown): void {
    if (error instanceof ProtocolError) {
      this.events.onRefused?.(this, connection, CloseCode.MalformedMessage, error.message);
    } else {
      this.events.onError?.(this, error, connection);
    }
    this.refuse(connection, CloseCode.MalformedMessage);
  }

  /** Closes a connection for what it sent: whatever else it sent is dropped. */
  refuse(connection: Connection, code: CloseCode): void {
    (this.refusedConnections ??= new WeakSet()).add(connection);
    this.closeConnection(connection, code);
  }

  /** Whether the connection was closed for what it sent (its later updates are dropped). */
  isRefused(connection: Connection): boolean {
    return this.refusedConnections?.has(connection) ?? false;
  }

  /** An admission refused the connection's update: reported, then the connection is refused. */
  refused(connection: Connection, { code, detail }: Refusal): void {
    this.events.onRefused?.(this, connection, code, detail);
    this.refuse(connection, code);
  }

  reportError(error: unknown, connection: Connection): void {
    this.events.onError?.(this, error, connection);
  }

  private closeConnection(connection: Connection, code: CloseCode): void {
    this.leave(connection);
    connection.close(code, closeReason[code]);
  }

  /** Waits for every queued update to be stored and applied. */
  flush(): Promise<void> {
    return this.queue.drain();
  }

  /** Closes every connection with the given code and releases the doc. */
  async close(code: CloseCode): Promise<void> {
    await this.flush();
    this.unsubscribe?.();
    for (const connection of [...this.presence.connections]) this.closeConnection(connection, code);
    this.presence.destroy();
    this.doc.destroy();
  }
}
