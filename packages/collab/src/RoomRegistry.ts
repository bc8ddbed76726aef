// Keeps the open rooms: loads a document on first join, compacts its log in the
// background (by count, bytes and age, so a cold open reads a snapshot and a few hundred rows
// at most), and unloads it after the last connection has been gone for a while. Its rooms
// share one group commit.
import { CloseCode } from './closeCodes.js';
import type { Connection } from './Connection.js';
import type { DocumentStore } from './DocumentStore.js';
import { GroupCommit } from './GroupCommit.js';
import { Room, type RoomEvents } from './Room.js';
import type { RoomBus } from './RoomBus.js';
import { SlicedRound, slicesOf } from './SlicedRound.js';
import type { UpdateAdmission } from './admission/UpdateAdmission.js';

/** How long after loading a log left long by a crash is compacted. */
const COMPACT_AFTER_LOAD_MS = 1_000;
/** About how often the age sweep checks its next slice of the open rooms. */
const AGE_SWEEP_TICK_MS = 100;

export interface RoomRegistryOptions {
  store: DocumentStore;
  /** Compact a document's log once this many updates were stored since the last compaction… */
  compactAfterUpdates?: number;
  /** …or once they add up to this many bytes… */
  compactAfterBytes?: number;
  /** …or once the oldest of them is this old. */
  compactAfterMs?: number;
  /** How long an empty room stays in memory before it is compacted and unloaded. */
  unloadAfterMs?: number;
  /** How long a room holds awareness changes to send them together (0: to the end of the turn). */
  awarenessWindowMs?: number;
  /** Fan-out between processes (scaled mode); absent in the embedded mode. */
  bus?: RoomBus;
  /** Called after updates are stored, once per batch (e.g. to mark the statement as changed). */
  onStored?(roomId: string): void;
  onError?(error: unknown, context: { roomId: string; connectionId?: string }): void;
  /** A connection was closed for what it sent (malformed, or past a limit). */
  onRefused?(context: {
    roomId: string;
    connectionId: string;
    code: CloseCode;
    detail: string;
  }): void;
  /** The check each room runs on an update before storing it (limits, reviewer rules…). */
  admission?(roomId: string): UpdateAdmission | undefined;
  /** Runs once a document is loaded, before anyone joins: e.g. repairs it. */
  onLoaded?(room: Room): Promise<void>;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly compacting = new Set<string>();
  private readonly compactAfter: { updates: number; bytes: number; ms: number };
  private readonly unloadAfter: number;
  /** Checks every open room for a log due by age, a slice of them per tick. */
  private readonly ageSweep: SlicedRound<Promise<Room>>;
  /** The compactions the age sweep found due, one after another. */
  private agedCompactions: Promise<void> = Promise.resolve();
  /** One group commit for every room: appends of different rooms share transactions. */
  readonly commit: GroupCommit;
  /** Shared by every room (each event names its room), not a set of closures per room. */
  private readonly roomEvents: RoomEvents = {
    onStored: (loaded) => {
      this.options.onStored?.(loaded.id);
      if (this.isDue(loaded, Date.now())) void this.compact(loaded);
    },
    onError: (loaded, error, connection) =>
      this.options.onError?.(error, { roomId: loaded.id, connectionId: connection?.id }),
    onRefused: (loaded, connection, code, detail) =>
      this.options.onRefused?.({
        roomId: loaded.id,
        connectionId: connection.id,
        code,
        detail,
      }),
  };

  constructor(private readonly options: RoomRegistryOptions) {
    this.compactAfter = {
      updates: options.compactAfterUpdates ?? 300,
      bytes: options.compactAfterBytes ?? 64 * 1024,
      ms: options.compactAfterMs ?? 5 * 60_000,
    };
    this.unloadAfter = options.unloadAfterMs ?? 30_000;
    this.commit = new GroupCommit((entries) => options.store.appendBatch(entries));
    // One timer for all rooms, not one per edit, and a slice of the rooms per tick: checking
    // every room in one turn (an await per room) held every edit behind it, 1–4 ms at 5,000
    // open statements, more with more.
    const agePeriod = Math.max(50, Math.min(this.compactAfter.ms / 2, 30_000));
    this.ageSweep = new SlicedRound(
      this.rooms,
      (pending, now) => this.compactIfAged(pending, now),
      agePeriod,
      slicesOf(agePeriod, AGE_SWEEP_TICK_MS),
    );
  }

  get openRoomIds(): string[] {
    return [...this.rooms.keys()];
  }

  /** Opens (loading if needed) the room and adds the connection to it. */
  async join(roomId: string, connection: Connection): Promise<Room> {
    for (;;) {
      this.cancelUnload(roomId);
      const pending = this.open(roomId);
      const room = await pending;
      // The room may have been unloaded or evicted while it was loading: open it afresh.
      if (this.rooms.get(roomId) === pending) {
        room.join(connection);
        return room;
      }
    }
  }

  /** Runs `use` on the room, loading it if needed, and unloads it later if nobody is connected. */
  async withRoom<T>(roomId: string, use: (room: Room) => Promise<T>): Promise<T> {
    this.cancelUnload(roomId);
    const room = await this.open(roomId);
    try {
      return await use(room);
    } finally {
      if (room.connectionCount === 0) this.scheduleUnload(roomId);
    }
  }

  leave(room: Room, connection: Connection): void {
    room.leave(connection);
    if (room.connectionCount === 0) this.scheduleUnload(room.id);
  }

  private open(roomId: string): Promise<Room> {
    let room = this.rooms.get(roomId);
    if (!room) {
      room = Room.load(roomId, this.options.store, this.roomEvents, {
        bus: this.options.bus,
        admission: this.options.admission?.(roomId),
        commit: this.commit,
        awarenessWindowMs: this.options.awarenessWindowMs,
      }).then(async (loaded) => {
        // A log left long by a crash is compacted in the background, shortly: compacting
        // reads and merges the whole log, which would hold up the first editors' sync replies.
        if (this.isDue(loaded, Date.now()))
          setTimeout(() => void this.compact(loaded), COMPACT_AFTER_LOAD_MS).unref();
        try {
          await this.options.onLoaded?.(loaded);
        } catch (error) {
          // The document still opens as it is; the failure is reported, not fatal.
          this.options.onError?.(error, { roomId });
        }
        return loaded;
      });
      this.rooms.set(roomId, room);
      const loading = room;
      loading.catch(() => {
        if (this.rooms.get(roomId) === loading) this.rooms.delete(roomId);
      });
    }
    return room;
  }

  /** Reconciles every open room with the store (e.g. after the bus reconnects). */
  async reconcileAll(): Promise<void> {
    const rooms = await Promise.all(
      [...this.rooms.values()].map((room) => room.catch(() => undefined)),
    );
    await Promise.all(
      rooms.map((room) =>
        room
          ?.reconcile()
          .catch((error: unknown) => this.options.onError?.(error, { roomId: room.id })),
      ),
    );
  }

  private isDue(room: Room, now: number): boolean {
    const { updates, bytes, since } = room.uncompacted;
    if (updates < 2) return false;
    return (
      updates >= this.compactAfter.updates ||
      bytes >= this.compactAfter.bytes ||
      (since !== undefined && now - since >= this.compactAfter.ms)
    );
  }

  /** The age sweep's visit: a room whose log is due by age is compacted, after those found before. */
  private compactIfAged(pending: Promise<Room>, now: number): void {
    pending.then(
      (room) => {
        if (!this.isDue(room, now)) return;
        // Checked again when its turn comes: a compaction since (on unloading) leaves it not due.
        this.agedCompactions = this.agedCompactions.then(() =>
          this.isDue(room, now) ? this.compact(room) : undefined,
        );
      },
      () => undefined,
    );
  }

  /** Compacts the room's stored log; at most one compaction per room at a time. */
  async compact(room: Room): Promise<void> {
    if (this.compacting.has(room.id)) return;
    this.compacting.add(room.id);
    try {
      await room.flush();
      const before = { ...room.uncompacted };
      await this.options.store.compact(room.id);
      room.markCompacted(before);
    } catch (error) {
      this.options.onError?.(error, { roomId: room.id });
    } finally {
      this.compacting.delete(room.id);
    }
  }

  private scheduleUnload(roomId: string): void {
    this.cancelUnload(roomId);
    const timer = setTimeout(() => {
      this.unload(roomId).catch((error: unknown) => this.options.onError?.(error, { roomId }));
    }, this.unloadAfter);
    timer.unref();
    this.unloadTimers.set(roomId, timer);
  }

  private cancelUnload(roomId: string): void {
    const timer = this.unloadTimers.get(roomId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(roomId);
  }

  private async unload(roomId: string): Promise<void> {
    this.unloadTimers.delete(roomId);
    const room = await this.rooms.get(roomId)?.catch(() => undefined);
    if (!room || room.connectionCount > 0) return;
    this.rooms.delete(roomId);
    if (room.pendingCompaction > 0) await this.compact(room);
    await room.close(CloseCode.ServiceRestart);
  }

  /** Closes one room's connections (e.g. the statement was deleted) and forgets it. */
  async evict(roomId: string, code: CloseCode): Promise<void> {
    this.cancelUnload(roomId);
    const room = await this.rooms.get(roomId)?.catch(() => undefined);
    this.rooms.delete(roomId);
    await room?.close(code);
  }

  /** Flushes and compacts every room, then closes all connections (graceful shutdown). */
  async closeAll(code: CloseCode = CloseCode.ServiceRestart): Promise<void> {
    this.ageSweep.stop();
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const rooms = await Promise.all(
      [...this.rooms.values()].map((room) => room.catch(() => undefined)),
    );
    this.rooms.clear();
    for (const room of rooms) {
      if (!room) continue;
      if (room.pendingCompaction > 0) await this.compact(room);
      await room.close(code);
    }
  }
}
