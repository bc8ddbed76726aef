// The y-websocket endpoint: /collab/:statementId on the shared HTTP server.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, closeReason, SlicedRound, slicesOf, type RoomRegistry } from '@plenary/collab';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { isAllowedOrigin } from '../http/originCheck.js';
import type { LiveConnections } from '../live/LiveConnections.js';
import type { Logger } from '../logger.js';
import type { ConnectionAttributions } from './ConnectionAttributions.js';
import type { CollabAccess, CollabGrant } from './CollabAccess.js';
import { parseUpgradeTarget } from './upgradeTarget.js';
import { CollabClient } from './CollabClient.js';
import { warmUpSocket } from './warmUpSocket.js';
import { uncorkIfHeld, WsConnection } from './WsConnection.js';

export interface CollabEndpointOptions {
  rooms: RoomRegistry;
  access: CollabAccess;
  live: LiveConnections;
  logger: Logger;
  publicOrigin: string | undefined;
  maxMessageBytes: number;
  /**
   * Every socket is pinged once per this period and closed if it has not answered the previous
   * ping (a peer gone without closing: a laptop lid shut, a network dropped).
   */
  heartbeatMs: number;
  /** Records in whose name each connection may propose amendments (outcome documents). */
  attributions?: ConnectionAttributions;
}

export class CollabEndpoint {
  private readonly wss: WebSocketServer;
  private readonly heartbeat: SlicedRound<[WebSocket, CollabClient]>;
  private readonly sockets = new Map<WebSocket, CollabClient>();
  /**
   * The same four listeners on every socket (`ws` calls them with the socket as `this`), not
   * closures per connection. `ws` does not track the clients either (its `clients` set and a
   * `close` listener per socket): `sockets` already does.
   */
  private readonly listeners: {
    message(this: WebSocket, data: RawData, isBinary: boolean): void;
    pong(this: WebSocket): void;
    error(this: WebSocket, error: Error): void;
    close(this: WebSocket, code: number): void;
  };

  constructor(private readonly options: CollabEndpointOptions) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxMessageBytes,
      clientTracking: false,
    });
    const sockets = this.sockets;
    this.listeners = {
      message(data, isBinary) {
        uncorkIfHeld();
        sockets.get(this)?.message(data, isBinary);
      },
      pong() {
        const client = sockets.get(this);
        if (client) client.connection.pingedAt = 0;
      },
      error(error) {
        sockets.get(this)?.socketError(error);
      },
      close(code) {
        const client = sockets.get(this);
        sockets.delete(this);
        client?.socketClosed(code);
      },
    };
    // A slice of the sockets every 20 ms: pinging 10,000 at once took 223 ms, and a slice every
    // 100 ms (34 pings at 10,000 sockets) still reached the clients, and brought their pongs
    // back, as bursts that edits waited behind (session 23).
    this.heartbeat = new SlicedRound(
      {
        get size() {
          return sockets.size;
        },
        values: () => sockets.entries(),
      },
      ([ws, client], now) => checkAlive(ws, client, now, options.heartbeatMs / 2),
      options.heartbeatMs,
      slicesOf(options.heartbeatMs, HEARTBEAT_TICK_MS),
    );
  }

  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      // Nothing a stranger sends before signing in may throw out of this handler.
      try {
        this.route(req, socket, head);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'collab upgrade refused');
        refuseUpgrade(socket, 400, 'Bad Request');
      }
    });
  }

  private route(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const target = parseUpgradeTarget(req.url);
    if (target.kind === 'socket.io') return; // socket.io answers its own upgrades.
    if (target.kind === 'bad-request') return refuseUpgrade(socket, 400, 'Bad Request');
    if (target.kind === 'not-found') return refuseUpgrade(socket, 404, 'Not Found');
    if (!isAllowedOrigin(req, this.options.publicOrigin))
      return refuseUpgrade(socket, 403, 'Forbidden');
    this.upgrade(req, socket, head, target.statementId).catch((error: unknown) => {
      this.options.logger.error(
        { err: error, statementId: target.statementId },
        'collab upgrade failed',
      );
      refuseUpgrade(socket, 500, 'Internal Server Error');
    });
  }

  private async upgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    statementId: string,
  ): Promise<void> {
    const grant = await this.options.access.check(req, statementId).catch((error: unknown) => {
      this.options.logger.error({ err: error, statementId }, 'collab access check failed');
      return undefined;
    });
    if (!grant) return refuseUpgrade(socket, 500, 'Internal Server Error');
    if (grant.kind === 'http') return refuseUpgrade(socket, grant.status, grant.text);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      if (grant.kind === 'close') return ws.close(grant.code, closeReason[grant.code]);
      this.accept(ws, socket, statementId, grant);
    });
  }

  /**
   * Runs one open through `ws` and a room before the server listens (see warmUpSocket). The
   * connection is read-only, in a room whose id no statement can have (`StatementId` allows no
   * colon), and both are gone when this resolves: the socket closed, the room evicted.
   */
  async warmUp(timeoutMs: number): Promise<boolean> {
    const roomId = `warm-up:${randomUUID()}`;
    let accepted: WebSocket | undefined;
    let done = false;
    const synced = await warmUpSocket((req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        // Upgraded after the warm-up gave up: it must not open the room again.
        if (done) return ws.terminate();
        accepted = ws;
        this.accept(ws, socket, roomId, warmUpGrant);
      });
    }, timeoutMs);
    done = true;
    if (accepted && accepted.readyState !== WebSocket.CLOSED) {
      const closed = once(accepted, 'close');
      accepted.terminate();
      await closed;
    }
    await this.options.rooms.evict(roomId, CloseCode.ServiceRestart);
    return synced;
  }

  private accept(
    ws: WebSocket,
    socket: Duplex,
    statementId: string,
    grant: Extract<CollabGrant, { kind: 'granted' }>,
  ): void {
    const connection = new WsConnection(
      ws,
      socket,
      grant.readOnly,
      grant.identity,
      grant.suggesting,
    );
    this.options.attributions?.set(connection, grant.attribution);
    const client = new CollabClient(
      this.options,
      connection,
      statementId,
      grant.userId,
      grant.sessionId,
      grant.level,
      grant.suggesting,
    );
    this.sockets.set(ws, client);
    ws.on('message', this.listeners.message);
    ws.on('pong', this.listeners.pong);
    ws.on('error', this.listeners.error);
    ws.on('close', this.listeners.close);
    client.open();
  }

  close(): void {
    this.heartbeat.stop();
    this.wss.close();
  }
}

const HEARTBEAT_TICK_MS = 20;

const WARM_UP = 'warm-up';
const warmUpGrant: Extract<CollabGrant, { kind: 'granted' }> = {
  kind: 'granted',
  userId: WARM_UP,
  sessionId: WARM_UP,
  readOnly: true,
  suggesting: false,
  level: 'read',
  identity: { userId: WARM_UP, name: WARM_UP, color: '#000000' },
};

/**
 * Pings a socket that answered its last ping, and closes one that has not answered a ping sent
 * at least `answerMs` ago. (A round of the heartbeat can follow the last one closely when
 * sockets before this one have gone, so the ping's age is checked, not only its answer.)
 */
function checkAlive(
  ws: WebSocket,
  { connection }: CollabClient,
  now: number,
  answerMs: number,
): void {
  if (connection.pingedAt === 0) {
    connection.pingedAt = now;
    ws.ping();
  } else if (now - connection.pingedAt >= answerMs) ws.terminate();
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  // A client that never reads the answer must not keep the socket open.
  setTimeout(() => socket.destroy(), 1_000).unref();
}
