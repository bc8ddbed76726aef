import { randomUUID } from 'node:crypto';
import type { AwarenessIdentity, CloseCode, Connection } from '@plenary/collab';
import { WebSocket } from 'ws';

/** A collab Connection over a `ws` socket. */
export class WsConnection implements Connection {
  readonly id = randomUUID();
  alive = true;

  constructor(
    private readonly socket: WebSocket,
    readonly readOnly: boolean,
    readonly identity?: AwarenessIdentity,
    readonly suggesting = false,
  ) {}

  send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
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
