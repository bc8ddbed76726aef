import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { endTurn, type AwarenessIdentity, type CloseCode, type Connection } from '@plenary/collab';
import { WebSocket } from 'ws';

/**
 * The last frame sent and its Buffer view. `ws` wraps every Uint8Array that is not a Buffer in
 * a new Buffer on each send; a room sends one frame to each of its connections in turn, so
 * the view is made once per frame, not once per socket.
 */
let lastFrame: Uint8Array | undefined;
let lastBuffer: Buffer | undefined;

function asBuffer(frame: Uint8Array): Buffer {
  if (Buffer.isBuffer(frame)) return frame;
  if (frame !== lastFrame) {
    lastFrame = frame;
    lastBuffer = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
  }
  return lastBuffer!;
}

/**
 * Sockets written to in this turn of the event loop, held corked until its I/O callbacks have
 * run: the frames one socket gets from every message handled in the turn leave in one `writev`,
 * not one each (a system call per frame per socket was the largest cost of a busy room).
 */
const corked: WsConnection[] = [];
/** When the first of the corked sockets was corked (`performance.now()`). */
let corkedAt = 0;

/**
 * How long the first frame corked may wait for the turn's later messages, ms. A turn handles
 * every socket that has data, and with thousands of sockets open (their carets, keep-alives,
 * pongs) or after a pause of the process, that is thousands of messages: an edit relayed at
 * the start of the turn waited for all of them (with 1,000 statements open and 50 editors
 * typing, on a machine loaded 6–9 over its 2 cores, a turn's writes were held 0.8–1.4 ms at the
 * 99th percentile and up to 12–13 ms). Past this, the next message first writes what is held,
 * as `uncorkIfHeld` says.
 */
export const CORK_HOLD_MS = 1;

function uncorkAll(): void {
  // What the rooms left for the end of the turn (the turn's carets) joins this write.
  endTurn();
  for (const connection of corked.splice(0)) connection.uncork();
}

/**
 * Called before each message is handled: writes the corked sockets now if the first of them has
 * waited `CORK_HOLD_MS` or longer, instead of at the end of the turn. Frames of messages handled
 * within the bound still leave together.
 */
export function uncorkIfHeld(now = performance.now()): void {
  if (corked.length > 0 && now - corkedAt >= CORK_HOLD_MS) uncorkAll();
}

/** A collab Connection over a `ws` socket. */
export class WsConnection implements Connection {
  private connectionId: string | undefined;
  /** When the heartbeat's unanswered ping was sent (epoch ms); 0 when it was answered. */
  pingedAt = 0;
  private isCorked = false;

  constructor(
    private readonly socket: WebSocket,
    /** The socket under `socket`, corked while a turn's frames are written to it. */
    private readonly raw: Duplex,
    readonly readOnly: boolean,
    readonly identity?: AwarenessIdentity,
    readonly suggesting = false,
  ) {}

  /**
   * Made when first asked for (a log line, a refusal), which for most connections is never:
   * `randomUUID` returns a tree of concatenated strings (V8's cons strings, one per group of
   * hex digits), about 360 bytes kept for the connection's life.
   */
  get id(): string {
    return (this.connectionId ??= randomUUID());
  }

  send(frame: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (!this.isCorked) {
      this.isCorked = true;
      this.raw.cork();
      if (corked.length === 0) {
        corkedAt = performance.now();
        setImmediate(uncorkAll);
      }
      corked.push(this);
    }
    this.socket.send(asBuffer(frame));
  }

  /** Writes what this turn's frames left corked. */
  uncork(): void {
    this.isCorked = false;
    this.raw.uncork();
  }

  close(code: CloseCode, reason: string): void {
    if (
      this.socket.readyState === WebSocket.OPEN ||
      this.socket.readyState === WebSocket.CONNECTING
    ) {
      this.socket.close(code, reason);
    }
  }
}
