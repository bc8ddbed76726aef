// One accepted collab socket: its connection, its room once joined, the frames that arrived
// before, and what LiveConnections needs to close it. One object per connection with its
// behaviour on the prototype; the socket's listeners are shared by every connection (see
// CollabEndpoint). Closures per connection (four listeners, the frame handler, a logger's
// fields, a LiveConnections entry and its `forget`) were about 1 KiB of every connection.
import { CloseCode, closeReason, type Room, type RoomRegistry } from '@plenary/collab';
import type { RawData } from 'ws';
import type { LiveCollab, LiveConnections } from '../live/LiveConnections.js';
import type { Logger } from '../logger.js';
import type { CollabLevel } from './collabLevel.js';
import type { WsConnection } from './WsConnection.js';

/** What every client of one endpoint shares. */
export interface CollabClientContext {
  rooms: RoomRegistry;
  live: LiveConnections;
  logger: Logger;
}

export class CollabClient implements LiveCollab {
  private room: Room | undefined;
  /** Frames received before the room was open (rare: the client waits for sync step 1). */
  private early: Uint8Array[] | undefined;
  private closed = false;

  constructor(
    private readonly context: CollabClientContext,
    readonly connection: WsConnection,
    readonly statementId: string,
    readonly userId: string,
    readonly sessionId: string,
    readonly level: CollabLevel,
    private readonly suggesting: boolean,
  ) {}

  /** Joins the statement's room; frames received meanwhile are handled once it is open. */
  open(): void {
    this.context.live.addCollab(this);
    this.context.rooms.join(this.statementId, this.connection).then(
      (joined) => {
        if (this.closed) return this.context.rooms.leave(joined, this.connection);
        this.room = joined;
        const early = this.early;
        this.early = undefined;
        for (const frame of early ?? []) this.receive(joined, frame);
      },
      (error: unknown) => {
        this.log('error', { err: error }, 'could not open statement');
        this.connection.close(CloseCode.StorageFailure, closeReason[CloseCode.StorageFailure]);
      },
    );
  }

  message(data: RawData, isBinary: boolean): void {
    if (!isBinary)
      return this.connection.close(
        CloseCode.MalformedMessage,
        closeReason[CloseCode.MalformedMessage],
      );
    const frame = toUint8Array(data);
    if (this.room) this.receive(this.room, frame);
    else (this.early ??= []).push(frame);
  }

  socketError(error: Error): void {
    this.log('warn', { err: error }, 'collab socket error');
  }

  /** The socket closed: the connection leaves its room and the live connections. */
  socketClosed(code: number): void {
    this.closed = true;
    this.context.live.removeCollab(this);
    if (this.room) this.context.rooms.leave(this.room, this.connection);
    this.log('debug', { code }, 'collab connection closed');
  }

  /** LiveConnections closes it (sign-out, a role change). */
  close(code: number, reason: string): void {
    this.connection.close(code as CloseCode, reason);
  }

  private receive(room: Room, frame: Uint8Array): void {
    room.receive(this.connection, frame)?.catch(this.frameFailed);
  }

  /** One handler for every frame's task (a closure per frame was garbage on each edit). */
  private readonly frameFailed = (error: unknown): void => {
    this.log('error', { err: error }, 'collab frame failed');
    this.connection.close(CloseCode.StorageFailure, closeReason[CloseCode.StorageFailure]);
  };

  /** The connection's fields are named in each line, not kept in a child logger. */
  private log(level: 'error' | 'warn' | 'debug', fields: object, message: string): void {
    this.context.logger[level](
      {
        connectionId: this.connection.id,
        statementId: this.statementId,
        userId: this.userId,
        suggesting: this.suggesting,
        ...fields,
      },
      message,
    );
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
