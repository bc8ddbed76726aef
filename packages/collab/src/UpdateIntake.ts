// A room's incoming document updates. Updates received while the room is busy are taken
// together, one run per connection, each admitted, stored (in a group commit shared with other
// rooms) and only then applied, so nothing is broadcast that is not durable.
import type * as Y from 'yjs';
import { CloseCode } from './closeCodes.js';
import type { Connection } from './Connection.js';
import type { GroupCommit } from './GroupCommit.js';
import type { SerialQueue } from './SerialQueue.js';
import { KnownDependencies } from './admission/KnownDependencies.js';
import { allOf, type Refusal, type UpdateAdmission } from './admission/UpdateAdmission.js';
import { mergeRun, runsOf, type Received } from './updateRuns.js';
import { isEmptyUpdate } from './updates.js';

/** What the intake needs of its room. */
export interface IntakeRoom {
  readonly id: string;
  readonly doc: Y.Doc;
  /** Whether the connection was closed for what it sent (its later updates are dropped). */
  isRefused(connection: Connection): boolean;
  /** Closes the connection for what it sent. */
  refuse(connection: Connection, code: CloseCode): void;
  /** Closes the connection for a message it could not have meant (malformed). */
  reject(connection: Connection, error: unknown): void;
  /** An admission refused the connection's update (reported, then the connection is refused). */
  refused(connection: Connection, refusal: Refusal): void;
  reportError(error: unknown, connection: Connection): void;
  /** Applies a stored update and sends it to the other connections (if it changed anything). */
  applyUpdate(update: Uint8Array, origin: unknown): void;
  /** The update was stored and applied. */
  shared(update: Uint8Array): void;
}

/** Every room refuses updates that depend on changes it never received (it keeps no state). */
const KNOWN_DEPENDENCIES = new KnownDependencies();

export class UpdateIntake {
  /** Updates received and not yet taken by the queue; `intake` is the task that will take them. */
  private readonly inbox: Received[] = [];
  private intake: Promise<void> | undefined;
  /** A frozen room (a statement being submitted) refuses every document update. */
  frozen = false;
  /** The room's own checks, after the one every room makes. */
  private readonly admission: UpdateAdmission;

  constructor(
    private readonly room: IntakeRoom,
    private readonly queue: SerialQueue,
    private readonly commit: GroupCommit,
    admission: UpdateAdmission | undefined,
  ) {
    this.admission = admission ? allOf(KNOWN_DEPENDENCIES, admission) : KNOWN_DEPENDENCIES;
  }

  /** Queues the update; one queue task takes everything received until it starts. */
  receive(connection: Connection, update: Uint8Array): Promise<void> {
    this.inbox.push({ connection, update });
    this.intake ??= this.queue.run(() => {
      this.intake = undefined;
      return this.storeAndApply(this.inbox.splice(0));
    });
    return this.intake;
  }

  /**
   * Admits, stores and applies each run in turn. A run is admitted against the document with
   * every earlier run applied: measured against a document missing them, an update could nest
   * (through ids it forged) beneath structure the admission never saw. Runs of other rooms
   * still share each write through the group commit.
   */
  private async storeAndApply(received: readonly Received[]): Promise<void> {
    for (const run of runsOf(received)) {
      const connection = run[0]!.connection;
      const update = this.admitRun(run);
      if (!update) continue;
      try {
        await this.commit.append([{ documentId: this.room.id, update }]);
      } catch (error) {
        // Nothing of it is applied or sent. The sender still holds its updates and sends them
        // again after reconnecting; so does everyone whose updates shared the failed write.
        this.room.reportError(error, connection);
        this.room.refuse(connection, CloseCode.StorageFailure);
        continue;
      }
      this.apply(connection, update);
    }
  }

  /** The run's update if the room takes it, else undefined (the sender is closed). */
  private admitRun(run: readonly Received[]): Uint8Array | undefined {
    const connection = run[0]!.connection;
    if (this.room.isRefused(connection)) return undefined;
    if (this.frozen) {
      // The client keeps its edit; it reconnects read-only and sees why.
      this.room.refuse(connection, CloseCode.RoleChanged);
      return undefined;
    }
    let update: Uint8Array;
    try {
      update = mergeRun(run);
      // Decoded once here (which also checks it can be read); the admission reuses it.
      if (isEmptyUpdate(update)) return undefined;
    } catch (error) {
      this.room.reject(connection, error);
      return undefined;
    }
    return this.admit(connection, update) ? update : undefined;
  }

  /** Asks the admission (limits, and any other check) whether the room takes the update. */
  private admit(connection: Connection, update: Uint8Array): boolean {
    let refusal: Refusal | undefined;
    try {
      refusal = this.admission.admit(update, this.room.doc, connection);
    } catch (error) {
      // An update the admission cannot even read would not apply either.
      refusal = { code: CloseCode.MalformedMessage, detail: String(error) };
    }
    if (!refusal) return true;
    this.room.refused(connection, refusal);
    return false;
  }

  private apply(connection: Connection, update: Uint8Array): void {
    try {
      this.room.applyUpdate(update, connection);
    } catch (error) {
      // Stored but unreadable: loading skips it. The sender must not resend it forever.
      this.room.reportError(error, connection);
      this.room.refuse(connection, CloseCode.MalformedMessage);
      return;
    }
    this.room.shared(update);
  }
}
